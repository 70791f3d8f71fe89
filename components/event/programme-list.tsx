import { getTranslations } from "next-intl/server";
import { localised } from "@/lib/i18n/localised";
import { RichText } from "@/components/ui/rich-text";
import type { AppLocale } from "@/lib/i18n/routing";
import { TIME_ZONE } from "@/lib/i18n/routing";
import type { PublicActivity, PublicProgrammeItem } from "@/lib/events/public-event";

// Activities grouped by their calendar day in Stockholm, not in the server's time zone.
function dayKey(date: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, dateStyle: "short" }).format(date);
}

type Day = { date: Date; activities: PublicActivity[]; points: PublicProgrammeItem[] };

/** The meeting day by day: the activities people sign up for, then the day's programme points. */
export async function ProgrammeList({
  activities,
  points,
  locale,
}: {
  activities: PublicActivity[];
  points: PublicProgrammeItem[];
  locale: AppLocale;
}) {
  const t = await getTranslations();
  const days = new Map<string, Day>();
  const dayOf = (date: Date) => {
    const key = dayKey(date);
    const day = days.get(key) ?? { date, activities: [], points: [] };
    days.set(key, day);
    return day;
  };
  for (const activity of activities) dayOf(activity.startsAt).activities.push(activity);
  for (const point of points) dayOf(point.startsAt).points.push(point);

  return (
    <div className="stack">
      {[...days.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, { date, activities: dayActivities, points: dayPoints }]) => (
          <section key={key} className="stack stack--tight">
            <h3>{t("event.dayHeading", { day: date })}</h3>
            {dayActivities.length > 0 && (
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
                      {/* A study visit's text has a section of its own below the programme. */}
                      {activity.kind !== "study_visit" && localised(activity.description, locale) && (
                        <RichText text={localised(activity.description, locale)} />
                      )}
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
                        {activity.capacity !== null &&
                          activity.waitlistEnabled &&
                          activity.seatsLeft !== 0 && <li>{t("event.waitlistNote")}</li>}
                        {activity.signupClosesAt && (
                          <li>{t("event.signupDeadline", { deadline: activity.signupClosesAt })}</li>
                        )}
                        {activity.membersOnly && <li>{t("event.membersOnly")}</li>}
                      </ul>
                    </div>
                  </li>
                ))}
              </ol>
            )}
            {dayPoints.length > 0 && (
              <>
                <h4>{t("event.programmePointsHeading")}</h4>
                <ol className="programme programme--points">
                  {dayPoints.map((point) => (
                    <li key={point.id} className="programme__item">
                      <p className="programme__time">
                        {point.endsAt
                          ? t("event.programmePointTime", { start: point.startsAt, end: point.endsAt })
                          : t("event.programmePointStart", { start: point.startsAt })}
                      </p>
                      <div className="programme__body">
                        <p>
                          <strong>{localised(point.title, locale)}</strong>
                        </p>
                        {point.speakers && (
                          <p className="meta">{t("event.programmeSpeakers", { speakers: point.speakers })}</p>
                        )}
                      </div>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
        ))}
    </div>
  );
}
