"use client";

import { usePathname } from "next/navigation";
import { otherLanguagePath } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

/**
 * Links to the same page in the other language. A client component because the layout that holds
 * it is not re-rendered when a form step moves on, and the link must follow the current page.
 */
export function LanguageSwitch({ locale, label }: { locale: AppLocale; label: string }) {
  const other = locale === "sv" ? "en" : "sv";
  const pathname = usePathname();
  // A plain anchor: the other language is a new document (its <html lang> and catalogue).
  return (
    <a href={otherLanguagePath(pathname, locale)} hrefLang={other} lang={other} className="language-switch">
      {label}
    </a>
  );
}
