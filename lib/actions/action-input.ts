// What a server action receives besides its form: the arguments a page bound to it and the
// previous form state. Both travel through the browser, so both are input like any field:
// parsed here, before any token, session or form is looked at.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { locales, type AppLocale } from "@/lib/i18n/routing";

export const slugParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
export const localeParam = z.enum(locales);
export const idParam = z.uuid();
// Private links: 256 random bits in base64url (lib/registrations/tokens.ts).
export const tokenParam = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** The bound arguments of an action, or a not-found error: a page never binds anything else. */
export function parseTarget<T>(schema: z.ZodType<T>, target: unknown): T {
  const parsed = schema.safeParse(target);
  if (!parsed.success) throw new AppError("not_found", "unknown action target");
  return parsed.data;
}

/** The language a bound target asks for, whether or not the rest of it is valid. */
export function targetLocale(target: unknown): AppLocale {
  const locale = (target as { locale?: unknown } | null)?.locale;
  return localeParam.safeParse(locale).data ?? "sv";
}

/** The next value of a form state's attempt counter, whatever the browser sent as the last one. */
export function nextAttempt(previous: unknown): number {
  const attempt = (previous as { attempt?: unknown } | null)?.attempt;
  return typeof attempt === "number" && Number.isSafeInteger(attempt) && attempt >= 0 ? attempt + 1 : 1;
}

/** A question's key as a page address or a bound action names it. */
export const questionKeyParam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);
