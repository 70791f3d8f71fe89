import { getFormatter, getTranslations } from "next-intl/server";
import { dateRangeFormat } from "@/lib/i18n/date-range";
import { Link } from "@/components/ui/localised-link";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { registrationWindow, type PublicEvent } from "@/lib/events/public-event";
import { ProgrammeList } from "./programme-list";
import { RichText } from "@/components/ui/rich-text";
import { DocumentList } from "./document-list";
import type { DocumentListing } from "@/lib/documents/read-meeting-documents";

type Props = { event: PublicEvent; locale: AppLocale; now: Date; documents?: DocumentListing[] };

export async function EventPage({ event, locale, now, documents = [] }: Props) {
  const t = await getTranslations("event");
  const format = await getFormatter();
  const window = registrationWindow(event, now);
  const annualMeeting = event.activities.find((activity) => activity.kind === "annual_meeting");
  const studyVisits = event.activities.filter((activity) => activity.kind === "study_visit");
  const logo = event.hostName ? event.logoUrl : null;

  return (
    <article>
      <header className="hero">
        <div className="container stack">
          {logo && (
            // eslint-disable-next-line @next/next/no-img-element -- the logo staff uploaded, served as stored
            <img
              className="hero__logo"
              src={logo}
              alt={t("hostLogo", { host: event.hostName! })}
              height={56}
            />
          )}
          <h1>{localised(event.name, locale)}</h1>
          <p className="lead">{localised(event.summary, locale)}</p>
          <dl className="facts">
            <div>
              <dt>{t("when")}</dt>
              <dd>{format.dateTimeRange(event.startsAt, event.endsAt, dateRangeFormat)}</dd>
            </div>
            <div>
              <dt>{t("where")}</dt>
              <dd>
                {event.venueName}, {event.city}
              </dd>
            </div>
            {event.hostName && (
              <div>
                <dt>{t("host")}</dt>
                <dd>{event.hostName}</dd>
              </div>
            )}
          </dl>
          <div className="call-to-action">
            {window === "open" && (
              <>
                <Link
                  href={`/events/${event.slug}/register`}
                  className="button button--primary button--large"
                >
                  {t("register")}
                </Link>
                <p>{t("registerHint", { deadline: event.registrationClosesAt })}</p>
              </>
            )}
            {window === "not-open" && <p>{t("registrationNotOpen", { opens: event.registrationOpensAt })}</p>}
            {window === "closed" && <p>{t("registrationClosed")}</p>}
          </div>
        </div>
      </header>

      <div className="container stack">
        {event.description.sv && <RichText text={localised(event.description, locale)} />}

        {event.themes.length > 0 && (
          <section aria-labelledby="themes-heading" className="stack">
            <h2 id="themes-heading">{t("themesHeading")}</h2>
            <ul className="card-grid">
              {event.themes.map((theme) => (
                <li key={theme.title.sv} className="card">
                  <h3>{localised(theme.title, locale)}</h3>
                  <p>{localised(theme.text, locale)}</p>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="programme-heading" className="stack">
          <h2 id="programme-heading">{t("programmeHeading")}</h2>
          <ProgrammeList activities={event.activities} points={event.programme} locale={locale} />
        </section>

        {studyVisits.map((visit) => (
          <section key={visit.id} aria-labelledby={`visit-${visit.key}`} className="stack">
            <h2 id={`visit-${visit.key}`}>{localised(visit.name, locale)}</h2>
            <RichText text={localised(visit.description, locale)} />
          </section>
        ))}

        {annualMeeting && (
          <section aria-labelledby="annual-meeting-heading" className="stack">
            <h2 id="annual-meeting-heading">{t("annualMeetingHeading")}</h2>
            <p>{t("annualMeetingText")}</p>
          </section>
        )}

        {documents.length > 0 && (
          <section aria-labelledby="documents-heading" className="stack">
            <h2 id="documents-heading">{t("documentsHeading")}</h2>
            <DocumentList
              documents={documents}
              locale={locale}
              href={(document) => `/api/v1/events/${event.slug}/documents/${document.id}`}
            />
          </section>
        )}

        <section aria-labelledby="practical-heading" className="stack">
          <h2 id="practical-heading">{t("practicalHeading")}</h2>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t("venue")}</dt>
              <dd>
                {event.venueName}, {event.venueAddress}
              </dd>
            </div>
            <div>
              <dt>{t("contact")}</dt>
              <dd>
                <a href={`mailto:${event.contactEmail}`}>{event.contactEmail}</a>
              </dd>
            </div>
          </dl>
        </section>
      </div>
    </article>
  );
}
