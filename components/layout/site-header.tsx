import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/localised-link";
import type { AppLocale } from "@/lib/i18n/routing";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          {t("siteName")}
        </Link>
        <LanguageSwitch locale={locale} label={t("languageSwitch")} />
      </div>
    </header>
  );
}
