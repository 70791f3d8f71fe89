import "server-only";
import { sql, type Expression } from "kysely";
import { TIME_ZONE } from "@/lib/i18n/routing";
import { kysely } from "@/lib/sql";

/** A time's calendar day in Stockholm, as YYYY-MM-DD. */
const stockholmDay = (time: Expression<Date>) =>
  sql<string>`to_char(${time} AT TIME ZONE ${sql.lit(TIME_ZONE)}, 'YYYY-MM-DD')`;

/** Active attendees with a confirmed place on each day of the meeting (Stockholm days). */
export function attendeesPerDay(eventId: string) {
  return kysely
    .selectFrom("Signup as s")
    .innerJoin("Activity as a", "a.id", "s.activityId")
    .innerJoin("Attendee as p", "p.id", "s.attendeeId")
    .select((eb) => [
      stockholmDay(eb.ref("a.startsAt")).as("day"),
      sql<number>`count(DISTINCT ${eb.ref("s.attendeeId")})::int`.as("attendees"),
    ])
    .where("s.eventId", "=", eventId)
    .where("s.status", "=", "confirmed")
    .where("p.status", "=", "active")
    .groupBy("day")
    .orderBy("day")
    .execute();
}

/** Attendees registered per day (Stockholm days), for the sign-ups chart. */
export function signupsPerDay(eventId: string) {
  return kysely
    .selectFrom("Attendee")
    .select((eb) => [stockholmDay(eb.ref("createdAt")).as("day"), sql<number>`count(*)::int`.as("attendees")])
    .where("eventId", "=", eventId)
    .where("status", "=", "active")
    .groupBy("day")
    .orderBy("day")
    .execute();
}

/**
 * Every member, and every observer organisation with someone registered, with its active
 * attendees and whether one of them is its voting delegate: the dashboard's and the export's list.
 */
export function organisationAttendance(eventId: string) {
  return kysely
    .selectFrom("Organisation as o")
    .leftJoin("Attendee as a", (join) =>
      join.onRef("a.organisationId", "=", "o.id").on("a.eventId", "=", eventId).on("a.status", "=", "active"),
    )
    .select((eb) => [
      "o.name",
      "o.isMember",
      "o.votes",
      sql<number>`count(${eb.ref("a.id")})::int`.as("attendees"),
      sql<boolean>`coalesce(bool_or(${eb.ref("a.isVotingDelegate")}), false)`.as("delegate"),
    ])
    .groupBy("o.id")
    .having((eb) => eb.or([eb("o.isMember", "=", true), eb(sql`count(${eb.ref("a.id")})`, ">", 0)]))
    .orderBy("o.isMember", "desc")
    .orderBy("o.name")
    .execute();
}

/**
 * Per meal: its guests (active attendees with a confirmed place), and how many chose each diet,
 * wrote another diet, or named allergies. One row per meal and diet chosen (diet null: none).
 */
export function mealCounts(eventId: string) {
  return (
    kysely
      .with("guests", (creator) =>
        creator
          .selectFrom("Signup as s")
          .innerJoin("Attendee as p", "p.id", "s.attendeeId")
          .innerJoin("Activity as a", "a.id", "s.activityId")
          .select(["s.activityId", "p.dietChoices", "p.dietOther", "p.allergies"])
          .where("s.eventId", "=", eventId)
          .where("s.status", "=", "confirmed")
          .where("p.status", "=", "active")
          .where("a.servesMeal", "=", true),
      )
      .selectFrom("guests as g")
      // A function returning single values names its one column after its alias: d.d is each diet.
      .leftJoin(sql<{ d: string }>`unnest(g."dietChoices")`.as("d"), (join) => join.onTrue())
      .select((eb) => {
        // This meal's guests, or those of them with text in a column.
        const guests = (withText?: "dietOther" | "allergies") => {
          const query = eb
            .selectFrom("guests as x")
            .select(sql<number>`count(*)::int`.as("n"))
            .whereRef("x.activityId", "=", "g.activityId");
          return withText ? query.where(`x.${withText}`, "<>", "") : query;
        };
        return [
          "g.activityId",
          guests().as("guests"),
          sql<string | null>`d.d`.as("diet"),
          sql<number>`count(d.d)::int`.as("dietCount"),
          guests("dietOther").as("otherDiets"),
          guests("allergies").as("allergies"),
        ];
      })
      .groupBy(["g.activityId", sql`d.d`])
      .execute()
  );
}
