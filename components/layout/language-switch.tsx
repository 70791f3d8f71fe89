"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** Links to the same page in the other language. */
export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === "sv" ? "en" : "sv";
  return (
    <Link href={pathname} locale={other} hrefLang={other} lang={other} className="language-switch">
      {t("languageSwitch")}
    </Link>
  );
}
