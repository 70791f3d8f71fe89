import { z } from "zod";

// The questions an activity asks of those who choose it (Activity.questions): typed, in both
// languages, with who may read the answers and how long they are kept. The form, the review, the
// private-link pages, the lists, the export and the clean-up all read these definitions.

export const QUESTION_TYPES = [
  "text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "yes_no",
  "date",
  "number",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Longest answer per type: a line, or a few paragraphs. */
export const ANSWER_MAX = { short: 200, long: 2000 } as const;

const option = z.object({ value: z.string(), labelSv: z.string(), labelEn: z.string() });

export const activityQuestion = z.object({
  key: z.string(),
  type: z.enum(QUESTION_TYPES),
  labelSv: z.string(),
  labelEn: z.string(),
  helpSv: z.string().default(""),
  helpEn: z.string().default(""),
  required: z.boolean(),
  options: z.array(option).default([]),
  // Who may read the answers: every staff member, or the event's administrators only.
  visibility: z.enum(["staff", "admins"]).default("admins"),
  // Days after the activity ends that the answers are kept; null: until the meeting's retention date.
  keepDaysAfter: z.number().int().min(0).nullable().default(null),
  // Set when an administrator removed the question: no longer asked, its answers kept until their time.
  removed: z.boolean().default(false),
});

export type ActivityQuestion = z.infer<typeof activityQuestion>;

export function parseQuestions(value: unknown): ActivityQuestion[] {
  return z.array(activityQuestion).parse(value);
}

/** The questions the form asks now (a removed one is not asked, its answers are kept). */
export function askedQuestions(value: unknown): ActivityQuestion[] {
  return parseQuestions(value).filter((question) => !question.removed);
}

/** The values of a multiple-choice answer, as the form posts them: one per line. */
export function choiceValues(answer: string): string[] {
  return answer.split("\n").filter(Boolean);
}

/**
 * What is wrong with an answer, as a validation key, or null. Empty answers are wrong only when
 * required; everything else is checked against the question's type and options.
 */
export function answerIssue(
  question: ActivityQuestion,
  raw: string | undefined,
): "required" | "invalid" | "tooLong" | "invalidDate" | "invalidNumber" | null {
  const answer = raw?.trim() ?? "";
  if (answer === "") return question.required ? "required" : null;
  const options = new Set(question.options.map((choice) => choice.value));
  switch (question.type) {
    case "text":
      return answer.length > ANSWER_MAX.short ? "tooLong" : null;
    case "long_text":
      return answer.length > ANSWER_MAX.long ? "tooLong" : null;
    case "date": {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer);
      if (!match) return "invalidDate";
      const date = new Date(`${answer}T00:00:00Z`);
      return date.toISOString().slice(0, 10) === answer ? null : "invalidDate";
    }
    case "number":
      return /^-?\d{1,9}([.,]\d{1,6})?$/.test(answer) ? null : "invalidNumber";
    case "yes_no":
      return answer === "yes" || answer === "no" ? null : "invalid";
    case "single_choice":
      return options.has(answer) ? null : "invalid";
    case "multiple_choice":
      return choiceValues(answer).every((value) => options.has(value)) ? null : "invalid";
  }
}

/** An answer as a person reads it: option labels instead of values, yes or no in words. */
export function answerText(
  question: ActivityQuestion,
  answer: string,
  locale: "sv" | "en",
  words: { yes: string; no: string },
): string {
  const label = (value: string) => {
    const choice = question.options.find((candidate) => candidate.value === value);
    return choice ? (locale === "sv" ? choice.labelSv : choice.labelEn) : value;
  };
  if (question.type === "yes_no") return answer === "yes" ? words.yes : answer === "no" ? words.no : answer;
  if (question.type === "single_choice") return label(answer);
  if (question.type === "multiple_choice") return choiceValues(answer).map(label).join(", ");
  return answer;
}

/**
 * The answer keys every staff member may read, per asker (the meeting's id or an activity's):
 * those of its questions still asked whose answers are for all staff.
 */
export function staffReadableKeys(askers: { id: string; questions: unknown }[]): Map<string, Set<string>> {
  return new Map(
    askers.map((asker) => [
      asker.id,
      new Set(
        askedQuestions(asker.questions)
          .filter((question) => question.visibility === "staff")
          .map((question) => question.key),
      ),
    ]),
  );
}

/**
 * Whether a person holds an answer not every staff member may read (to a question for
 * administrators only, or to one no longer asked): then only an administrator changes their
 * choices, since the form would neither show nor keep it.
 */
export function holdsAnswersHiddenFromStaff(
  answerSets: { askerId: string; answers: unknown }[],
  readable: Map<string, Set<string>>,
): boolean {
  return answerSets.some(
    ({ askerId, answers }) =>
      typeof answers === "object" &&
      answers !== null &&
      Object.keys(answers).some((key) => !readable.get(askerId)?.has(key)),
  );
}

/**
 * The answers worth keeping: those to the questions asked, non-empty, and nothing else a request
 * may carry under the same id.
 */
export function keptAnswers(
  questions: ActivityQuestion[],
  answers: Record<string, string> | undefined,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const question of questions) {
    const answer = answers && Object.hasOwn(answers, question.key) ? answers[question.key]!.trim() : "";
    if (answer !== "") kept[question.key] = answer;
  }
  return kept;
}
