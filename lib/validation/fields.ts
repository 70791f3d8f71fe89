// Building blocks of the shared Zod schemas. Their messages are keys of the `validation` message
// namespace, not text: the server returns them as machine-readable codes and the form shows them
// translated (see ./field-errors.ts), so one schema serves both.
import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";

export type ValidationKey = keyof Messages["validation"];

const key = (name: ValidationKey) => name;

// What PostgreSQL cannot store (NUL, lone UTF-16 surrogates), what a browser made of bytes that
// were not UTF-8 (U+FFFD), control characters other than tab and line breaks, and the
// bidirectional overrides and isolates that make an exported list show other text than it holds.
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\ufffd]/;

/** Whether text may be stored and shown as it is. */
export function isStorableText(value: string): boolean {
  return value.isWellFormed() && !UNSTORABLE.test(value);
}

/** Text as a person typed it, made safe to keep in a draft: what cannot be stored becomes U+FFFD. */
export function storableDraftText(value: string): string {
  return value.toWellFormed().replace(/\u0000/g, "\ufffd");
}

/** Any text field: trimmed, at most `max` characters, nothing that cannot be stored. */
export function safeText(max: number) {
  return z
    .string({ error: key("invalid") })
    .trim()
    .max(max, key("tooLong"))
    .refine(isStorableText, key("invalidCharacters"));
}

export function requiredText(max: number) {
  return z
    .string({ error: key("required") })
    .trim()
    .min(1, { error: key("required"), abort: true })
    .max(max, key("tooLong"))
    .refine(isStorableText, key("invalidCharacters"));
}

export function optionalText(max: number) {
  return z
    .string({ error: key("invalid") })
    .trim()
    .max(max, key("tooLong"))
    .refine(isStorableText, key("invalidCharacters"))
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

/** An optional organisation id from a select: "" is none; anything but a UUID is an unknown organisation. */
export const optionalOrganisationId = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value))
  .refine((value) => value === null || z.uuid().safeParse(value).success, key("unknownOrganisation"));
