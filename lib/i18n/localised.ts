import type { AppLocale } from "./routing";

/** The text of a { sv, en } pair in the reader's language. */
export function localised(text: { sv: string; en: string }, locale: AppLocale): string {
  return text[locale];
}
