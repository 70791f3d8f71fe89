import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { Link } from "@/lib/i18n/navigation";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "register" });
  return { title: t("metaTitle") };
}

export default async function RegisterRoute({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  const t = await getTranslations("register");
  return (
    <div className="container stack">
      <h1>{t("title", { name: localised(event.name, locale) })}</h1>
      <p>{t("comingSoon", { email: event.contactEmail })}</p>
      <p>
        <Link href={`/events/${event.slug}`}>{t("backToEvent")}</Link>
      </p>
    </div>
  );
}
