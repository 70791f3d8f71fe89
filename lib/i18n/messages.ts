import type { AppLocale } from "./routing";
import sv from "@/messages/sv.json";
import en from "@/messages/en.json";

export type Messages = typeof sv;

const catalogue: Record<AppLocale, Messages> = { sv, en };

/** The message catalogue of a locale; the same source pages, validation and e-mails use. */
export function messagesFor(locale: AppLocale): Messages {
  return catalogue[locale];
}

type Namespace = keyof Messages;

// What client components translate: only these namespaces travel to the browser with each page.
// Everything else (e-mails, exports, the audit log, validation) is translated on the server.
export const PUBLIC_CLIENT_NAMESPACES: Namespace[] = [
  "common",
  "errors",
  "event",
  "form",
  "manage",
  "registerForm",
];
export const ADMIN_CLIENT_NAMESPACES: Namespace[] = [...PUBLIC_CLIENT_NAMESPACES, "admin"];

/** The part of a locale's catalogue that client components need. */
export function clientMessages(locale: AppLocale, namespaces: Namespace[]): Partial<Messages> {
  const all = messagesFor(locale);
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]));
}
