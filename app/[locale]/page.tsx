import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { dateRangeFormat } from "@/lib/i18n/date-range";
import { listPublicEvents } from "@/lib/events/list-public-events";
import { listPastEvents } from "@/lib/events/list-past-events";
import { Link } from "@/components/ui/localised-link";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: AppLocale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "home" });
  return { title: t("metaTitle") };
}

export default async function HomePage({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const now = new Date();
  const [t, format, events, past] = await Promise.all([
    getTranslations("home"),
    getFormatter(),
    listPublicEvents(now),
    listPastEvents(now),
  ]);

  return (
    <div className="container stack">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {events.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <ul className="card-list">
          {events.map((event) => (
            <li key={event.slug} className="card">
              <h2>
                <Link href={`/events/${event.slug}`}>{localised(event.name, locale)}</Link>
              </h2>
              <p className="meta">
                {format.dateTimeRange(event.startsAt, event.endsAt, dateRangeFormat)} · {event.city}
              </p>
              <p>{localised(event.summary, locale)}</p>
            </li>
          ))}
        </ul>
      )}
      {past.length > 0 && (
        <section aria-labelledby="past-heading" className="stack stack--tight">
          <h2 id="past-heading">{t("pastTitle")}</h2>
          <ul className="plain-list">
            {past.map((event) => (
              <li key={event.slug}>
                {localised(event.name, locale)}{" "}
                <span className="meta">
                  {format.dateTimeRange(event.startsAt, event.endsAt, dateRangeFormat)} · {event.city}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
