import type { z } from "zod";
import type { createTranslator } from "next-intl";
import type { FieldIssue } from "@/lib/errors";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import type { ValidationKey } from "./fields";
import { dayAsDate } from "@/lib/i18n/stockholm-time";

const KNOWN: ReadonlySet<string> = new Set(Object.keys(messagesFor("sv").validation));
const LABELLED: ReadonlySet<string> = new Set(Object.keys(messagesFor("sv").fieldLabels));

/** Turns a ZodError into field issues; a message that is not a known key becomes "invalid". */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const code = (KNOWN.has(issue.message) ? issue.message : "invalid") as ValidationKey;
    const params: Record<string, number | string> = {};
    if (issue.code === "too_big" && typeof issue.maximum === "number") params.max = issue.maximum;
    return { field: issue.path.join("."), code, params };
  });
}

type Translator = ReturnType<typeof createTranslator<Messages>>;

/** A generic label for a field path, from its last named segment ("delegates.0.email" → "e-mail address"). */
export function genericFieldLabel(field: string, t: Translator): string {
  const segment = field.split(".").findLast((part) => LABELLED.has(part));
  return segment ? t(`fieldLabels.${segment as keyof Messages["fieldLabels"]}`) : field;
}

/** The sentence a person reads for one field issue, in their language, naming the field by `label`. */
export function describeFieldIssue(issue: FieldIssue, label: string, t: Translator): string {
  const { night, ...params } = issue.params ?? {};
  return t(`validation.${issue.code}`, {
    field: label,
    max: 0,
    activity: "",
    organisation: "",
    name: "",
    ...params,
    // A night is named by its evening's date ("2027-04-24") and said as a date in the reader's language.
    ...(typeof night === "string" ? { night: dayAsDate(night) } : {}),
  });
}
