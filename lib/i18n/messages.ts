import type { AppLocale } from "./routing";
import sv from "@/messages/sv.json";
import en from "@/messages/en.json";

export type Messages = typeof sv;

const catalogue: Record<AppLocale, Messages> = { sv, en };

/** The message catalogue of a locale; the same source pages, validation and e-mails use. */
export function messagesFor(locale: AppLocale): Messages {
  return catalogue[locale];
}
