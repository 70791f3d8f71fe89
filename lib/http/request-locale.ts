import type { AppLocale } from "@/lib/i18n/routing";

/**
 * The language to answer in before a request's body is read: English when Accept-Language prefers
 * it to Swedish, Swedish otherwise. Once the body is read, its own `locale` decides.
 */
export function requestLocale(request: Request): AppLocale {
  const accepted = (request.headers.get("accept-language") ?? "").toLowerCase().slice(0, 200);
  const english = accepted.search(/\ben\b/);
  const swedish = accepted.search(/\bsv\b/);
  return english >= 0 && (swedish < 0 || english < swedish) ? "en" : "sv";
}
