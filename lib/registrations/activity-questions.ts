import { z } from "zod";

// The extra questions an activity asks of those who choose it (Activity.questions).
export const activityQuestion = z.object({
  key: z.string(),
  type: z.enum(["text", "date"]),
  labelSv: z.string(),
  labelEn: z.string(),
  required: z.boolean(),
});

export type ActivityQuestion = z.infer<typeof activityQuestion>;

export function parseQuestions(value: unknown): ActivityQuestion[] {
  return z.array(activityQuestion).parse(value);
}

/** Whether any of the signups holds answers to an activity's extra questions. */
export function hasVisitDetails(signups: { answers: unknown }[]): boolean {
  return signups.some(
    (signup) =>
      typeof signup.answers === "object" && signup.answers !== null && Object.keys(signup.answers).length > 0,
  );
}
