import type { AppLocale } from "./routing";
import sv from "@/messages/sv.json";
import en from "@/messages/en.json";

export type Messages = typeof sv;

const catalogue: Record<AppLocale, Messages> = { sv, en };

/** The message catalogue of a locale; the same source pages, validation and e-mails use. */
export function messagesFor(locale: AppLocale): Messages {
  return catalogue[locale];
}

export type Namespace = keyof Messages;

// What client components translate: only these namespaces travel to the browser with each page.
// Everything else (e-mails, exports, the audit log, validation) is translated on the server. Every
// page gets the base (the error boundary's text); the forms' namespaces go only to the pages with
// forms, so the event page does not carry ~8 KB of form text in its HTML (docs/performance.md).
export const BASE_CLIENT_NAMESPACES: Namespace[] = ["common", "errors"];
export const FORM_CLIENT_NAMESPACES: Namespace[] = [
  ...BASE_CLIENT_NAMESPACES,
  "event",
  "form",
  "manage",
  "registerForm",
  "stay",
];
export const ADMIN_CLIENT_NAMESPACES: Namespace[] = [...FORM_CLIENT_NAMESPACES, "admin"];

/** The part of a locale's catalogue that client components need. */
export function clientMessages(locale: AppLocale, namespaces: Namespace[]): Partial<Messages> {
  const all = messagesFor(locale);
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]));
}
