// Building blocks of the shared Zod schemas. Their messages are keys of the `validation` message
// namespace, not text: the server returns them as machine-readable codes and the form shows them
// translated (see ./field-errors.ts), so one schema serves both.
import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";

export type ValidationKey = keyof Messages["validation"];

const key = (name: ValidationKey) => name;

export function requiredText(max: number) {
  return z
    .string({ error: key("required") })
    .trim()
    .min(1, { error: key("required"), abort: true })
    .max(max, key("tooLong"));
}

export function optionalText(max: number) {
  return z
    .string({ error: key("invalid") })
    .trim()
    .max(max, key("tooLong"))
    .default("");
}

export const emailAddress = z
  .string({ error: key("required") })
  .trim()
  .min(1, { error: key("required"), abort: true })
  .max(254, key("tooLong"))
  .toLowerCase()
  .pipe(z.email(key("email")));

export const phoneNumber = z
  .string({ error: key("required") })
  .trim()
  .min(1, { error: key("required"), abort: true })
  .max(30, key("tooLong"))
  .regex(/^\+?[0-9][0-9 -]{5,}$/, key("phone"));
