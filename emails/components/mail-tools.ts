import { createFormatter, createTranslator } from "next-intl";
import { formats } from "@/lib/i18n/formats";
import { messagesFor } from "@/lib/i18n/messages";
import { TIME_ZONE, type AppLocale } from "@/lib/i18n/routing";

function createMailTools(locale: AppLocale) {
  const messages = messagesFor(locale);
  return {
    t: createTranslator({ locale, messages, namespace: "emails", formats, timeZone: TIME_ZONE }),
    format: createFormatter({ locale, timeZone: TIME_ZONE, formats }),
  };
}

export type MailTools = ReturnType<typeof createMailTools>;

// One pair per language for the life of the process: a translator keeps the messages it has
// parsed, and making a new one for every mail parsed them all again (docs/performance.md: outbox).
const tools = new Map<AppLocale, MailTools>();

/** Translator and formatter in the recipient's language, with times in Europe/Stockholm. */
export function mailTools(locale: AppLocale): MailTools {
  let found = tools.get(locale);
  if (!found) tools.set(locale, (found = createMailTools(locale)));
  return found;
}
