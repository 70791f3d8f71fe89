import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import type { AttendeeSummary } from "@/lib/registrations/get-registration-summary";

/** Per attendee, what they got: a confirmed place or a waiting-list number, and what can be done. */
export async function SignupStatusList({
  attendees,
  locale,
  actions,
}: {
  attendees: AttendeeSummary[];
  locale: AppLocale;
  actions?: (attendee: AttendeeSummary) => ReactNode;
}) {
  const t = await getTranslations("registerForm.confirmation");
  return (
    <ul className="plain-list stack">
      {attendees.map((attendee) => (
        <li key={attendee.id} className="card">
          <h2 className="heading-m">{attendee.name}</h2>
          {attendee.status === "cancelled" && <p className="status">{t("cancelled")}</p>}
          <ul className="status-list">
            {attendee.signups
              .filter((signup) => signup.status !== "cancelled" || attendee.status === "cancelled")
              .map((signup) => (
                <li key={signup.signupId}>
                  <span>{localised(signup.activityName, locale)}</span>
                  <span className={`status status--${signup.status}`}>
                    {signup.status === "waitlisted"
                      ? t("waitlisted", { position: signup.position ?? 0 })
                      : t(signup.status)}
                  </span>
                </li>
              ))}
          </ul>
          {actions?.(attendee)}
        </li>
      ))}
    </ul>
  );
}
