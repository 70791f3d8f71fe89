import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/localised-link";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t("footer")}</p>
        <nav aria-label={t("footerNav")}>
          <ul className="site-footer__links">
            <li>
              <Link href="/privacy">{t("privacyLink")}</Link>
            </li>
            <li>
              <Link href="/accessibility">{t("accessibilityLink")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
