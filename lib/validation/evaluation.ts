import { z } from "zod";
import { optionalText } from "./fields";

/** A rating from 1 to 5, or none. */
const rating = z
  .string()
  .regex(/^[1-5]?$/, "invalid")
  .transform((value) => (value ? Number(value) : null));

// An answer to the evaluation: a rating per theme, in the themes' order, and free text.
export const evaluationAnswer = z.object({
  ratings: z.array(rating).pipe(z.array(z.custom<number | null>()).max(20, "tooMany")),
  comment: optionalText(4000),
});
export type EvaluationAnswer = z.infer<typeof evaluationAnswer>;

export const evaluationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
