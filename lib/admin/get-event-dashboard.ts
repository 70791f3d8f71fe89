import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import type { EventRoleName } from "@/lib/generated/prisma/enums";
import { getOutboxStatus } from "@/lib/mail/get-outbox-status";
import { attendeesPerDay, mealCounts, organisationAttendance, signupsPerDay } from "./attendance-queries";

export type ActivityCount = {
  id: string;
  name: { sv: string; en: string };
  startsAt: Date;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  /** Cancelled by staff after people had signed up: kept in the record, with no places. */
  cancelled: boolean;
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
  /** Active registrations awaiting approval. */
  pendingApprovals: number;
  role: EventRoleName;
  /** Whether registration is open, so members not registered can be reminded. */
  published: boolean;
};

/** The live numbers of an event for its staff: headcounts, catering, who has registered. */
export async function getEventDashboard(staff: Staff | null, slug: string): Promise<EventDashboard> {
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new AppError("not_found", "no such event");
  const role = await requireEventRole(staff, event.id, "viewer");

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
      attendeesPerDay(event.id),
      organisationAttendance(event.id),
      mealCounts(event.id),
      signupsPerDay(event.id),
    ]);

  const [mail, pendingApprovals] = await Promise.all([
    getOutboxStatus(20, event.id),
    db.registration.count({ where: { eventId: event.id, status: "active", approval: "pending" } }),
  ]);
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
    meal.guests = row.guests ?? 0;
    meal.otherDiets = row.otherDiets ?? 0;
    meal.allergies = row.allergies ?? 0;
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
      cancelled: activity.cancelledAt !== null,
    })),
    days,
    organisations: organisations.map(({ name, isMember, attendees }) => ({ name, isMember, attendees })),
    meals: [...mealRows.values()],
    signupsByDay,
    mail,
    pendingApprovals,
    role,
    published: event.status === "open",
  };
}
