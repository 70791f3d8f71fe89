import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: AppLocale }> };

// The day the statement was last reviewed against the service; change it with the text.
const REVIEWED = new Date("2026-11-30T12:00:00Z");
const DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accessibility" });
  return { title: t("metaTitle") };
}

/** The accessibility statement (tillgänglighetsredogörelse) that the law asks of public-sector services. */
export default async function AccessibilityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("accessibility");
  return (
    <div className="container container--narrow stack">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <section className="stack stack--tight">
        <h2>{t("statusHeading")}</h2>
        <p>{t("status")}</p>
      </section>
      <section className="stack stack--tight">
        <h2>{t("gapsHeading")}</h2>
        <ul>
          <li>{t("gapPdf")}</li>
          <li>{t("gapCamera")}</li>
          <li>{t("gapScreenReaders")}</li>
        </ul>
      </section>
      <section className="stack stack--tight">
        <h2>{t("reportHeading")}</h2>
        <p>{t("report", { email: env.ACCESSIBILITY_CONTACT_EMAIL })}</p>
      </section>
      <section className="stack stack--tight">
        <h2>{t("supervisionHeading")}</h2>
        <p>{t("supervision")}</p>
        <p>
          <a href={DIGG_REPORT_URL}>{t("supervisionLink")}</a>
        </p>
      </section>
      <section className="stack stack--tight">
        <h2>{t("testedHeading")}</h2>
        <p>{t("tested")}</p>
        <p className="meta">{t("updated", { date: REVIEWED })}</p>
      </section>
    </div>
  );
}
