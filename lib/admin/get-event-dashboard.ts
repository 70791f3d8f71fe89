import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { getOutboxStatus } from "@/lib/mail/get-outbox-status";

export type ActivityCount = {
  id: string;
  name: { sv: string; en: string };
  startsAt: Date;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
};

export type MealCount = {
  activityId: string;
  name: { sv: string; en: string };
  guests: number;
  diets: Record<string, number>;
  otherDiets: number;
  allergies: number;
};

export type EventDashboard = {
  event: { id: string; slug: string; name: { sv: string; en: string } };
  attendees: number;
  registrations: number;
  activities: ActivityCount[];
  days: { day: string; attendees: number }[];
  organisations: { name: string; isMember: boolean; attendees: number }[];
  meals: MealCount[];
  /** Attendees registered per day (Stockholm time), for the sign-ups chart. */
  signupsByDay: { day: string; attendees: number }[];
  /** Delivery of the event's e-mails, with those that failed for good. */
  mail: Awaited<ReturnType<typeof getOutboxStatus>>;
};

/** The live numbers of an event for its staff: headcounts, catering, who has registered. */
export async function getEventDashboard(staff: Staff | null, slug: string): Promise<EventDashboard> {
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "viewer");

  const [activities, counts, attendees, registrations, days, organisations, meals, signupsByDay] =
    await Promise.all([
      db.activity.findMany({
        where: { eventId: event.id },
        orderBy: [{ startsAt: "asc" }, { sortOrder: "asc" }],
      }),
      db.signup.groupBy({
        by: ["activityId", "status"],
        where: { eventId: event.id, attendee: { status: "active" } },
        _count: { _all: true },
      }),
      db.attendee.count({ where: { eventId: event.id, status: "active" } }),
      db.registration.count({ where: { eventId: event.id, status: "active" } }),
      db.$queryRaw<{ day: string; attendees: number }[]>`
      SELECT to_char(a."startsAt" AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS day, count(DISTINCT s."attendeeId")::int AS attendees
      FROM "Signup" s JOIN "Activity" a ON a.id = s."activityId" JOIN "Attendee" p ON p.id = s."attendeeId"
      WHERE s."eventId" = ${event.id}::uuid AND s.status = 'confirmed' AND p.status = 'active'
      GROUP BY 1 ORDER BY 1`,
      db.$queryRaw<{ name: string; isMember: boolean; attendees: number }[]>`
      SELECT o.name, o."isMember", count(a.id)::int AS attendees
      FROM "Organisation" o LEFT JOIN "Attendee" a ON a."organisationId" = o.id AND a."eventId" = ${event.id}::uuid AND a.status = 'active'
      GROUP BY o.id HAVING o."isMember" OR count(a.id) > 0
      ORDER BY o."isMember" DESC, o.name`,
      db.$queryRaw<
        {
          activityId: string;
          guests: number;
          diet: string | null;
          dietCount: number;
          otherDiets: number;
          allergies: number;
        }[]
      >`
      WITH guests AS (
        SELECT s."activityId", p.*
        FROM "Signup" s JOIN "Attendee" p ON p.id = s."attendeeId" JOIN "Activity" a ON a.id = s."activityId"
        WHERE s."eventId" = ${event.id}::uuid AND s.status = 'confirmed' AND p.status = 'active' AND a."servesMeal"
      )
      SELECT g."activityId", (SELECT count(*)::int FROM guests x WHERE x."activityId" = g."activityId") AS guests,
             d.diet, count(d.diet)::int AS "dietCount",
             (SELECT count(*)::int FROM guests x WHERE x."activityId" = g."activityId" AND x."dietOther" <> '') AS "otherDiets",
             (SELECT count(*)::int FROM guests x WHERE x."activityId" = g."activityId" AND x.allergies <> '') AS allergies
      FROM guests g LEFT JOIN LATERAL unnest(g."dietChoices") AS d(diet) ON true
      GROUP BY g."activityId", d.diet`,
      db.$queryRaw<{ day: string; attendees: number }[]>`
      SELECT to_char("createdAt" AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS day, count(*)::int AS attendees
      FROM "Attendee" WHERE "eventId" = ${event.id}::uuid AND status = 'active' GROUP BY 1 ORDER BY 1`,
    ]);

  const mail = await getOutboxStatus(20, event.id);
  const count = (activityId: string, status: "confirmed" | "waitlisted") =>
    counts.find((row) => row.activityId === activityId && row.status === status)?._count._all ?? 0;

  const mealRows = new Map<string, MealCount>();
  for (const activity of activities.filter((candidate) => candidate.servesMeal)) {
    mealRows.set(activity.id, {
      activityId: activity.id,
      name: { sv: activity.nameSv, en: activity.nameEn },
      guests: 0,
      diets: {},
      otherDiets: 0,
      allergies: 0,
    });
  }
  for (const row of meals) {
    const meal = mealRows.get(row.activityId);
    if (!meal) continue;
    meal.guests = row.guests;
    meal.otherDiets = row.otherDiets;
    meal.allergies = row.allergies;
    if (row.diet) meal.diets[row.diet] = row.dietCount;
  }

  return {
    event: { id: event.id, slug: event.slug, name: { sv: event.nameSv, en: event.nameEn } },
    attendees,
    registrations,
    activities: activities.map((activity) => ({
      id: activity.id,
      name: { sv: activity.nameSv, en: activity.nameEn },
      startsAt: activity.startsAt,
      capacity: activity.capacity,
      confirmed: count(activity.id, "confirmed"),
      waitlisted: count(activity.id, "waitlisted"),
    })),
    days,
    organisations,
    meals: [...mealRows.values()],
    signupsByDay,
    mail,
  };
}
