import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy" });
  return { title: t("metaTitle") };
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy");
  const sections = [
    ["controllerHeading", "controller"],
    ["whatHeading", "what"],
    ["whyHeading", "why"],
    ["basisHeading", "basis"],
    ["recipientsHeading", "recipients"],
    ["howLongHeading", "howLong"],
    ["rightsHeading", "rights"],
  ] as const;
  return (
    <div className="container container--narrow stack">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {sections.map(([heading, text]) => (
        <section key={heading} className="stack stack--tight">
          <h2>{t(heading)}</h2>
          <p>{t(text)}</p>
        </section>
      ))}
      <section className="stack stack--tight">
        <h2>{t("contactHeading")}</h2>
        <p>{t("contact", { email: env.PRIVACY_CONTACT_EMAIL })}</p>
      </section>
    </div>
  );
}
