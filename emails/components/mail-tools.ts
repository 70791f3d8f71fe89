import { createFormatter, createTranslator } from "next-intl";
import { formats } from "@/lib/i18n/formats";
import { messagesFor } from "@/lib/i18n/messages";
import { TIME_ZONE, type AppLocale } from "@/lib/i18n/routing";

/** Translator and formatter in the recipient's language, with times in Europe/Stockholm. */
export function mailTools(locale: AppLocale) {
  const messages = messagesFor(locale);
  return {
    t: createTranslator({ locale, messages, namespace: "emails", formats, timeZone: TIME_ZONE }),
    format: createFormatter({ locale, timeZone: TIME_ZONE, formats }),
  };
}

export type MailTools = ReturnType<typeof mailTools>;
