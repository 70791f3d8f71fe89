import { getTranslations, setRequestLocale } from "next-intl/server";
import { TooManyAttempts } from "@/components/manage/manage-unavailable";
import { loadManageView } from "@/lib/pages/load-manage-view";
import { manageMetadata } from "@/lib/pages/manage-metadata";
import { checkInQrSvg } from "@/lib/check-in/check-in-qr";
import { shortCheckInCodeFor } from "@/lib/check-in/check-in-code";
import { SignupStatusList } from "@/components/registration/signup-status-list";
import { Link } from "@/components/ui/localised-link";
import { localised } from "@/lib/i18n/localised";
import { describePendingReasons } from "@/lib/registrations/registration-standing";
import type { AppLocale } from "@/lib/i18n/routing";
import { getContactMemberVote } from "@/lib/mandates/get-member-vote";
import { listDelegateDocuments } from "@/lib/documents/read-meeting-documents";
import { DocumentList } from "@/components/event/document-list";
import { StaySummaryList } from "@/components/manage/stay-summary";
import { listStays } from "@/lib/stay/list-stays";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; token: string }>;
  searchParams: Promise<{ saved?: string; stay?: string }>;
};

export async function generateMetadata({ params }: Props) {
  return manageMetadata((await params).locale);
}

export default async function ManageOverview({ params, searchParams }: Props) {
  const { locale, token } = await params;
  const { saved, stay } = await searchParams;
  setRequestLocale(locale);
  const loaded = await loadManageView(token);
  if (!loaded.ok) return <TooManyAttempts minutes={loaded.retryAfterMinutes} />;
  const { view } = loaded;
  const [t, tc, te, tm, td, ts, vote, documents, stays] = await Promise.all([
    getTranslations("manage"),
    getTranslations("registerForm.confirmation"),
    getTranslations("emails"),
    getTranslations("mandates"),
    getTranslations("documents"),
    getTranslations("stay"),
    getContactMemberVote(view.access),
    listDelegateDocuments(view.access),
    listStays(view.access),
  ]);
  const base = `/manage/${token}`;
  const isContact = view.access.kind === "contact";
  const ownAttendee =
    view.access.kind === "attendee" && view.registration.status === "active"
      ? view.registration.attendees.find((attendee) => attendee.status === "active")
      : undefined;
  const qr = ownAttendee ? await checkInQrSvg(ownAttendee.id) : null;
  const title = isContact
    ? t("contactTitle", { reference: view.registration.reference })
    : t("attendeeTitle", { event: localised(view.event.name, locale) });

  return (
    <div className="container container--narrow stack">
      {stay && view.registration.status === "active" && (
        <div className="notice notice--success" role="status">
          {ts("saved")}
        </div>
      )}
      {saved && view.registration.status === "active" && (
        <div className="notice notice--success" role="status">
          {t("saved")}
        </div>
      )}
      <div className="stack stack--tight">
        <h1>{title}</h1>
        <p className="lead">{t("organisation", { name: view.registration.organisation.name })}</p>
        {view.registration.status === "cancelled" ? (
          <p>{t("cancelledNotice")}</p>
        ) : view.canChange ? (
          <p>{t("deadline", { deadline: view.event.changeDeadline })}</p>
        ) : (
          <p>{t("deadlinePassed", { email: view.event.contactEmail })}</p>
        )}
        {view.registration.status === "active" && view.registration.approval === "pending" && (
          <p className="notice">
            {tc("pendingNotice", {
              reasons: describePendingReasons(view.registration.pendingReasons, locale, (reason) =>
                te(`pendingReasons.${reason}`),
              ),
            })}
          </p>
        )}
      </div>
      <SignupStatusList
        attendees={view.registration.attendees}
        locale={locale}
        actions={(attendee) =>
          view.canChange &&
          attendee.status === "active" && (
            <ul className="action-list">
              <li>
                <Link
                  href={`${base}/attendees/${attendee.id}`}
                  aria-label={t("editDetailsFor", { name: attendee.name })}
                >
                  {t("editDetails")}
                </Link>
              </li>
              <li>
                <Link
                  href={`${base}/attendees/${attendee.id}/choices`}
                  aria-label={t("editChoicesFor", { name: attendee.name })}
                >
                  {t("editChoices")}
                </Link>
              </li>
              <li>
                <Link
                  href={`${base}/attendees/${attendee.id}/stay`}
                  aria-label={ts("manageLinkFor", { name: attendee.name })}
                >
                  {ts("manageLink")}
                </Link>
              </li>
              <li>
                <Link
                  href={`${base}/attendees/${attendee.id}/cancel`}
                  aria-label={t("cancelAttendeeFor", { name: attendee.name })}
                >
                  {t("cancelAttendee")}
                </Link>
              </li>
            </ul>
          )
        }
      />
      {vote && (
        <section aria-labelledby="vote-heading" className="card stack stack--tight">
          <h2 id="vote-heading" className="heading-m">
            {tm("title")}
          </h2>
          <p>
            {tm("manageSummary", {
              ombud: vote.ombud?.name ?? tm("noOmbud"),
              substitute: vote.substitute?.name ?? tm("noSubstitute"),
              standing: tm(`standing.${vote.standing}`),
            })}
          </p>
          <p>
            <Link href={`${base}/annual-meeting`}>{tm("manageLink")}</Link>
          </p>
        </section>
      )}
      {stays.length > 0 && (
        <section aria-labelledby="stay-heading" className="stack stack--tight">
          <h2 id="stay-heading" className="heading-m">
            {ts("manageLink")}
          </h2>
          <StaySummaryList stays={stays} />
        </section>
      )}
      {documents.length > 0 && (
        <section aria-labelledby="documents-heading" className="stack stack--tight">
          <h2 id="documents-heading" className="heading-m">
            {td("manageHeading")}
          </h2>
          <DocumentList
            documents={documents}
            locale={locale}
            href={(document) => `/api/manage/${token}/documents/${document.id}`}
          />
        </section>
      )}
      {qr && ownAttendee && (
        <section aria-labelledby="check-in-heading" className="card stack stack--tight check-in-code">
          <h2 id="check-in-heading">{t("checkInHeading")}</h2>
          <p>{t("checkInText")}</p>
          <div
            className="check-in-code__qr"
            role="img"
            aria-label={t("checkInAlt", { name: ownAttendee.name })}
            // Markup generated by the qrcode library from our own URL, not from user input.
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <p className="check-in-code__text">
            {t("checkInCodeLine", { code: shortCheckInCodeFor(ownAttendee.id) })}
          </p>
        </section>
      )}
      {view.canChange && isContact && (
        <div className="button-group">
          <Link href={`${base}/add`} className="button button--secondary">
            {t("addAttendee")}
          </Link>
          <Link href={`${base}/cancel`} className="button button--warning">
            {t("cancelRegistration")}
          </Link>
        </div>
      )}
    </div>
  );
}
