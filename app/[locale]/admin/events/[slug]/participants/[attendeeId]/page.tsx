import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { auditActionLabel } from "@/components/admin/audit-action-label";
import { PromoteForm } from "@/components/admin/promote-form";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { getParticipantDetail } from "@/lib/admin/get-participant-detail";
import { StaySummaryList } from "@/components/manage/stay-summary";
import { Link } from "@/components/ui/localised-link";
import { localised } from "@/lib/i18n/localised";
import { answerText } from "@/lib/registrations/activity-questions";
import type { AppLocale } from "@/lib/i18n/routing";
import { ActionForm } from "@/components/admin/action-form";
import { promoteStaffSignup, resendStaffConfirmation } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string; attendeeId: string }>;
  searchParams: Promise<{ done?: string }>;
};

export const generateMetadata = adminMetadata("participantsTitle");

export default async function ParticipantDetailPage({ params, searchParams }: Props) {
  const { locale, slug, attendeeId } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const detail = await loadOrNotFound(getParticipantDetail(staff, slug, attendeeId));
  const [tm, ts] = await Promise.all([getTranslations("mandates"), getTranslations("stay")]);
  const [t, tc, td, ta, tn, format] = await Promise.all([
    getTranslations("admin"),
    getTranslations("registerForm.confirmation"),
    getTranslations("registerForm.diets"),
    getTranslations("auditActions"),
    getTranslations("registerForm.needsStep"),
    getFormatter(),
  ]);
  const { attendee, registration } = detail;
  const base = `/admin/events/${slug}/participants/${attendeeId}`;
  const canChange =
    detail.role !== "viewer" && attendee.status === "active" && registration.status === "active";
  const target = { locale, slug, attendeeId };
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/admin/events/${slug}/participants`} className="back-link">
          {t("backToList")}
        </Link>
      </p>
      {done && (
        <div className="notice notice--success" role="status">
          {done === "promoted" ? t("promoted") : done === "erased" ? t("erased") : t("saved")}
        </div>
      )}
      <div className="stack stack--tight">
        <h1>{attendee.name}</h1>
        <p className="lead">
          {t("registration", {
            reference: registration.reference,
            organisation: registration.organisation.name,
          })}
        </p>
        <p className="meta">{t("contactLine", registration.contact)}</p>
      </div>
      <section aria-labelledby="details-heading" className="stack stack--tight">
        <h2 id="details-heading">{t("detailsHeading")}</h2>
        <dl className="summary-list">
          {[
            [tc("reference"), registration.reference],
            [t("email"), attendee.email],
            [
              t("filterDiet"),
              [
                ...attendee.dietChoices.map((diet) => td(diet as Parameters<typeof td>[0])),
                attendee.dietOther,
              ]
                .filter(Boolean)
                .join(", ") || "–",
            ],
            [t("allergies"), attendee.allergies || "–"],
            // The meeting's own questions, those this staff member may read (getParticipantDetail).
            ...detail.event.questions
              .filter((question) => Object.hasOwn(attendee.answers, question.key))
              .map((question) => [
                locale === "sv" ? question.labelSv : question.labelEn,
                answerText(question, attendee.answers[question.key]!, locale, {
                  yes: tn("answerYes"),
                  no: tn("answerNo"),
                }),
              ]),
            [t("filterStatus"), attendee.status === "cancelled" ? t("cancelled") : t("personActive")],
            ...(attendee.isVotingDelegate || detail.isSubstitute
              ? [[tm("annualMeeting"), attendee.isVotingDelegate ? tm("ombud") : tm("substitute")]]
              : []),
          ].map(([label, value]) => (
            <div className="summary-list__row" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {detail.stays.length > 0 && (
        <section aria-labelledby="stay-heading" className="stack stack--tight">
          <h2 id="stay-heading">{ts("manageLink")}</h2>
          <StaySummaryList stays={detail.stays} />
        </section>
      )}
      <section aria-labelledby="signups-heading" className="stack stack--tight">
        <h2 id="signups-heading">{t("signupsHeading")}</h2>
        <ul className="plain-list stack">
          {attendee.signups
            .filter((signup) => signup.status !== "cancelled")
            .map((signup) => (
              <li key={signup.signupId} className="card">
                <p>
                  <strong>{localised(signup.activityName, locale)}</strong> –{" "}
                  {signup.status === "waitlisted"
                    ? tc("waitlisted", { position: signup.position ?? 0 })
                    : tc(signup.status)}
                </p>
                {canChange && signup.status === "waitlisted" && (
                  <PromoteForm
                    action={promoteStaffSignup.bind(null, target)}
                    signupId={signup.signupId}
                    canOverride={detail.role === "admin"}
                  />
                )}
              </li>
            ))}
        </ul>
      </section>
      {canChange && (
        <ul className="action-list">
          <li>
            <Link href={`${base}/edit`}>{t("editDetails")}</Link>
          </li>
          <li>
            <Link href={`${base}/choices`}>{t("editChoices")}</Link>
          </li>
          <li>
            <Link href={`${base}/cancel`}>{t("cancelAttendee")}</Link>
          </li>
        </ul>
      )}
      {canChange && (
        <section aria-labelledby="resend-heading" className="stack stack--tight">
          <h2 id="resend-heading">{t("resend")}</h2>
          <p className="meta">{t("resendHint")}</p>
          <ActionForm
            action={resendStaffConfirmation.bind(null, target)}
            submitLabel={t("resend")}
            variant="secondary"
          >
            {null}
          </ActionForm>
        </section>
      )}
      {detail.role === "admin" && (
        <section aria-labelledby="personal-data-heading" className="stack stack--tight">
          <h2 id="personal-data-heading">{t("personalData")}</h2>
          <ul className="action-list">
            <li>
              <a href={`/api/admin/events/${slug}/participants/${attendeeId}/personal-data`} download>
                {t("exportPersonalData")}
              </a>
            </li>
            <li>
              <Link href={`${base}/erase`}>{t("erasePerson")}</Link>
            </li>
            <li>
              <a href={`/api/admin/events/${slug}/registrations/${registration.id}/contact-data`} download>
                {t("exportContactData")}
              </a>
            </li>
            <li>
              <Link href={`/admin/events/${slug}/registrations/${registration.id}/erase-contact`}>
                {t("eraseContact")}
              </Link>
            </li>
          </ul>
        </section>
      )}
      <section aria-labelledby="history-heading" className="stack stack--tight">
        <h2 id="history-heading">{t("historyHeading")}</h2>
        {detail.history.length === 0 ? (
          <p>{t("noHistory")}</p>
        ) : (
          <ul className="plain-list">
            {detail.history.map((entry) => (
              <li key={entry.id}>
                {format.dateTime(entry.createdAt, { dateStyle: "short", timeStyle: "short" })} ·{" "}
                {auditActionLabel(ta, entry.action)} —{" "}
                <span className="meta">
                  {entry.action} · {entry.actorType}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
