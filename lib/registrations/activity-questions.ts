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
