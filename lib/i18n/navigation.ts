import { routing, type AppLocale } from "./routing";

/**
 * An app path in a language: Swedish at the root, English under /en (localePrefix "as-needed").
 * Written here rather than taken from next-intl's createNavigation because that module pulls
 * next-intl's client Link into every page's JavaScript, used or not (docs/performance.md).
 */
export function getPathname({ href, locale }: { href: string; locale: AppLocale }): string {
  if (locale === routing.defaultLocale) return href;
  const split = href.search(/[?#]/);
  const path = split === -1 ? href : href.slice(0, split);
  const rest = split === -1 ? "" : href.slice(split);
  return `/${locale}${path === "/" ? "" : path}${rest}`;
}

/** The same page in the other language, from the path the browser shows. */
export function otherLanguagePath(pathname: string, locale: AppLocale): string {
  if (locale !== routing.defaultLocale) return pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "") || "/";
  const other = routing.locales.find((candidate) => candidate !== locale)!;
  return getPathname({ href: pathname, locale: other });
}
