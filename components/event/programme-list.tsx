import { getTranslations } from "next-intl/server";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { TIME_ZONE } from "@/lib/i18n/routing";
import type { PublicActivity } from "@/lib/events/public-event";

// Activities grouped by their calendar day in Stockholm, not in the server's time zone.
function dayKey(date: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, dateStyle: "short" }).format(date);
}

export async function ProgrammeList({
  activities,
  locale,
}: {
  activities: PublicActivity[];
  locale: AppLocale;
}) {
  const t = await getTranslations();
  const days = new Map<string, PublicActivity[]>();
  for (const activity of activities) {
    const key = dayKey(activity.startsAt);
    days.set(key, [...(days.get(key) ?? []), activity]);
  }

  return (
    <div className="stack">
      {[...days.entries()].map(([key, dayActivities]) => (
        <section key={key} className="stack stack--tight">
          <h3>{t("event.dayHeading", { day: dayActivities[0]!.startsAt })}</h3>
          <ol className="programme">
            {dayActivities.map((activity) => (
              <li key={activity.id} className="programme__item">
                <p className="programme__time">
                  {t("event.activityTime", { start: activity.startsAt, end: activity.endsAt })}
                </p>
                <div className="programme__body">
                  <h4>{localised(activity.name, locale)}</h4>
                  <p className="meta">
                    {t(`activityKind.${activity.kind}`)} · {localised(activity.place, locale)}
                  </p>
                  <ul className="tags">
                    {activity.capacity === null ? (
                      <li>{t("event.unlimited")}</li>
                    ) : activity.seatsLeft === 0 && !activity.waitlistEnabled ? (
                      <li>{t("event.seatsFullNoWaitlist")}</li>
                    ) : (
                      <li>
                        {t("event.seatsLeft", {
                          count: activity.seatsLeft ?? 0,
                          capacity: activity.capacity,
                        })}
                      </li>
                    )}
                    {activity.capacity !== null && activity.waitlistEnabled && activity.seatsLeft !== 0 && (
                      <li>{t("event.waitlistNote")}</li>
                    )}
                    {activity.signupClosesAt && (
                      <li>{t("event.signupDeadline", { deadline: activity.signupClosesAt })}</li>
                    )}
                    {activity.membersOnly && <li>{t("event.membersOnly")}</li>}
                  </ul>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
