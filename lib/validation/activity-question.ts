import { z } from "zod";
import { QUESTION_TYPES } from "@/lib/registrations/activity-questions";
import { optionalText, requiredText } from "./fields";

const CHOICE_TYPES = new Set(["single_choice", "multiple_choice"]);

/**
 * A question an administrator adds to an activity. Choices are typed one per line, Swedish and
 * English separated by "|" ("Ja, gärna | Yes, please"); the stored values are their positions.
 */
export const activityQuestionInput = z
  .object({
    labelSv: requiredText(200),
    labelEn: requiredText(200),
    helpSv: optionalText(500),
    helpEn: optionalText(500),
    type: z.enum(QUESTION_TYPES, { error: "invalid" }),
    options: optionalText(2000).transform((text) =>
      text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line, index) => {
          const [sv, en] = line.split("|").map((part) => part.trim());
          return { value: `option-${index + 1}`, labelSv: sv!, labelEn: en || sv! };
        }),
    ),
    required: z.boolean(),
    visibility: z.enum(["staff", "admins"], { error: "invalid" }),
    // Empty: kept until the meeting's retention date.
    keepDaysAfter: z
      .string()
      .trim()
      .transform((value, context) => {
        if (value === "") return null;
        const days = Number(value);
        if (!Number.isInteger(days) || days < 0 || days > 365)
          context.addIssue({ code: "custom", message: "invalid" });
        return days;
      }),
  })
  .superRefine((input, context) => {
    const choices = CHOICE_TYPES.has(input.type);
    if (choices && input.options.length < 2) {
      context.addIssue({ code: "custom", path: ["options"], message: "twoOptionsNeeded" });
    }
    if (input.options.length > 20)
      context.addIssue({ code: "custom", path: ["options"], message: "tooManyOptions" });
    if (!choices && input.options.length > 0) {
      context.addIssue({ code: "custom", path: ["options"], message: "optionsOnlyForChoices" });
    }
  });

export type ActivityQuestionInput = z.infer<typeof activityQuestionInput>;
