import type { z } from "zod";
import type { ValidationKey } from "./fields";

/** One problem with one field: the field's path ("delegates.0.email"), a key and its values. */
export type FieldError = { field: string; code: ValidationKey; params: Record<string, number | string> };

const KNOWN: ReadonlySet<string> = new Set<ValidationKey>([
  "required",
  "tooLong",
  "email",
  "phone",
  "invalid",
]);

/** Turns a ZodError into field errors; a message that is not a known key becomes "invalid". */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const code = (KNOWN.has(issue.message) ? issue.message : "invalid") as ValidationKey;
    const params: Record<string, number | string> = {};
    if (issue.code === "too_big" && typeof issue.maximum === "number") params.max = issue.maximum;
    if (issue.code === "custom" && issue.params) Object.assign(params, issue.params);
    return { field: issue.path.join("."), code, params };
  });
}

type Translate = (key: `validation.${ValidationKey}`, values: Record<string, number | string>) => string;

/** The message a person reads, in their language, naming the field by its label. */
export function describeFieldError(error: FieldError, label: string, t: Translate): string {
  return t(`validation.${error.code}`, { field: label, max: 0, ...error.params });
}
