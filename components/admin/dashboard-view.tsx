import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/localised-link";
import type { getFormatter } from "next-intl/server";
import type { EventDashboard } from "@/lib/admin/get-event-dashboard";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { DIET_CHOICES } from "@/lib/registrations/diet-choices";
import { dayAsDate } from "@/lib/i18n/stockholm-time";

type Props = {
  dashboard: EventDashboard;
  locale: AppLocale;
  format: Awaited<ReturnType<typeof getFormatter>>;
  /** The form that reminds members not registered, where the reader may send it. */
  remindForm?: ReactNode;
  /** How many reminders the last click queued, to confirm it. */
  reminded?: number | null;
};

/** The numbers staff follow before and during the meeting. */
export async function DashboardView({ dashboard, locale, format, remindForm, reminded }: Props) {
  const t = await getTranslations("admin");
  const td = await getTranslations("registerForm.diets");
  const day = (value: string) =>
    format.dateTime(dayAsDate(value), { weekday: "long", day: "numeric", month: "long" });
  const most = Math.max(1, ...dashboard.signupsByDay.map((row) => row.attendees));

  return (
    <div className="container stack">
      <div className="stack stack--tight">
        <h1>{t("dashboardTitle", { name: localised(dashboard.event.name, locale) })}</h1>
        <p className="lead">
          {t("totals", { attendees: dashboard.attendees, registrations: dashboard.registrations })}
        </p>
        <p className="meta">{t("updated")}</p>
      </div>
      {dashboard.pendingApprovals > 0 && (
        <p className="notice">
          {t("pendingOnDashboard", { count: dashboard.pendingApprovals })}{" "}
          <Link href={`/admin/events/${dashboard.event.slug}/approvals`}>{t("pendingOnDashboardLink")}</Link>
        </p>
      )}

      <section aria-labelledby="activities-heading" className="stack stack--tight">
        <h2 id="activities-heading">{t("activitiesHeading")}</h2>
        {/* Focusable so keyboard users can scroll a table wider than a phone. */}
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="activities-heading">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("activity")}</th>
                <th scope="col" className="numeric">
                  {t("confirmed")}
                </th>
                <th scope="col" className="numeric">
                  {t("capacity")}
                </th>
                <th scope="col" className="numeric">
                  {t("waitlisted")}
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.activities.map((activity) => (
                <tr key={activity.id}>
                  <th scope="row">
                    {localised(activity.name, locale)}
                    {activity.cancelled && <span className="meta"> · {t("activityCancelledShort")}</span>}
                  </th>
                  <td className="numeric">{activity.confirmed}</td>
                  <td className="numeric">{activity.capacity ?? t("unlimited")}</td>
                  <td className="numeric">{activity.waitlisted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="days-heading" className="stack stack--tight">
        <h2 id="days-heading">{t("daysHeading")}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("day")}</th>
              <th scope="col" className="numeric">
                {t("attendees")}
              </th>
            </tr>
          </thead>
          <tbody>
            {dashboard.days.map((row) => (
              <tr key={row.day}>
                <th scope="row">{day(row.day)}</th>
                <td className="numeric">{row.attendees}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="catering-heading" className="stack stack--tight">
        <h2 id="catering-heading">{t("cateringHeading")}</h2>
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="catering-heading">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("meal")}</th>
                <th scope="col" className="numeric">
                  {t("guests")}
                </th>
                {DIET_CHOICES.map((diet) => (
                  <th key={diet} scope="col" className="numeric">
                    {td(diet)}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t("otherDiets")}
                </th>
                <th scope="col" className="numeric">
                  {t("allergies")}
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.meals.map((meal) => (
                <tr key={meal.activityId}>
                  <th scope="row">{localised(meal.name, locale)}</th>
                  <td className="numeric">{meal.guests}</td>
                  {DIET_CHOICES.map((diet) => (
                    <td key={diet} className="numeric">
                      {meal.diets[diet] ?? 0}
                    </td>
                  ))}
                  <td className="numeric">{meal.otherDiets}</td>
                  <td className="numeric">{meal.allergies}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="signups-heading" className="stack stack--tight">
        <h2 id="signups-heading">{t("signupsChartHeading")}</h2>
        {dashboard.signupsByDay.length === 0 ? (
          <p className="empty-state">{t("empty")}</p>
        ) : (
          <figure className="bar-chart">
            <figcaption className="meta">{t("signupsChart")}</figcaption>
            <ol>
              {dashboard.signupsByDay.map((row) => (
                <li key={row.day}>
                  <span className="bar-chart__label">
                    {format.dateTime(dayAsDate(row.day), { day: "numeric", month: "short" })}
                  </span>
                  <span
                    className="bar-chart__bar"
                    style={{ width: `${(row.attendees / most) * 100}%` }}
                    aria-hidden="true"
                  />
                  <span className="bar-chart__value">{row.attendees}</span>
                </li>
              ))}
            </ol>
          </figure>
        )}
      </section>

      <section aria-labelledby="mail-heading" className="stack stack--tight">
        <h2 id="mail-heading">{t("mailHeading")}</h2>
        <p>
          {t("mailCounts", {
            sent: dashboard.mail.counts.sent ?? 0,
            waiting: (dashboard.mail.counts.pending ?? 0) + (dashboard.mail.counts.sending ?? 0),
            failed: dashboard.mail.counts.failed ?? 0,
          })}
        </p>
        {dashboard.mail.failed.length === 0 ? (
          <p className="meta">{t("mailFailedNone")}</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">{t("mailFailedList")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("recipient")}</th>
                <th scope="col">{t("template")}</th>
                <th scope="col">{t("error")}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.mail.failed.map((mail) => (
                <tr key={mail.id}>
                  <th scope="row">{mail.recipient}</th>
                  <td>{mail.template}</td>
                  <td>{mail.lastError}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="organisations-heading" className="stack stack--tight">
        <h2 id="organisations-heading">{t("organisationsHeading")}</h2>
        {reminded !== null && reminded !== undefined && (
          <p className="notice notice--success" role="status">
            {t("remindersSent", { count: reminded })}
          </p>
        )}
        {dashboard.organisations.some(
          (organisation) => organisation.isMember && organisation.attendees === 0,
        ) && remindForm}
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("organisation")}</th>
              <th scope="col" className="numeric">
                {t("attendees")}
              </th>
            </tr>
          </thead>
          <tbody>
            {dashboard.organisations.map((organisation) => (
              <tr key={organisation.name}>
                <th scope="row">
                  {organisation.name}
                  {!organisation.isMember && <span className="meta"> · {t("observer")}</span>}
                </th>
                <td className="numeric">
                  {organisation.attendees > 0 ? (
                    organisation.attendees
                  ) : (
                    <span className="status status--missing">{t("notRegistered")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
