import "server-only";
import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { kysely, timeFromJson } from "@/lib/sql";
import type { AttendeeStatus, RegistrationStatus, SignupStatus } from "@/lib/generated/prisma/enums";
import type { LocalisedText } from "@/lib/events/public-event";

export type SignupSummary = {
  signupId: string;
  activityId: string;
  activityKey: string;
  activityName: LocalisedText;
  startsAt: Date;
  status: SignupStatus;
  /** Place in the waiting list (1 = next in line), for waitlisted signups. */
  position: number | null;
  /** Answers to the activity's extra questions. */
  answers: Record<string, string>;
};

export type AttendeeSummary = {
  id: string;
  name: string;
  email: string;
  title: string;
  phone: string | null;
  status: AttendeeStatus;
  isVotingDelegate: boolean;
  listConsent: boolean;
  dietChoices: string[];
  dietOther: string;
  allergies: string;
  accessibilityNeeds: string;
  signups: SignupSummary[];
};

export type RegistrationSummary = {
  id: string;
  eventId: string;
  reference: string;
  status: RegistrationStatus;
  organisation: { id: string; name: string; isMember: boolean };
  contact: { name: string; email: string; phone: string };
  locale: "sv" | "en";
  attendees: AttendeeSummary[];
};

/**
 * A registration with its attendees, their signups and waiting-list positions, or null: by its id,
 * or by the id of one of its attendees. One statement on the pool: it is read after every
 * registration and for every mail (lib/sql.ts says why not through Prisma).
 */
export async function getRegistrationSummary(
  id: string,
  by: "registration" | "attendee" = "registration",
): Promise<RegistrationSummary | null> {
  const rows = await kysely
    .selectFrom("Registration as r")
    .innerJoin("Organisation as o", "o.id", "r.organisationId")
    .select((eb) => [
      "r.id",
      "r.eventId",
      "r.reference",
      "r.status",
      "r.contactName",
      "r.contactEmail",
      "r.contactPhone",
      "r.locale",
      "o.id as organisationId",
      "o.name as organisationName",
      "o.isMember",
      jsonArrayFrom(
        eb
          .selectFrom("Attendee as a")
          .select((attendee) => [
            "a.id",
            "a.name",
            "a.email",
            "a.title",
            "a.phone",
            "a.status",
            "a.isVotingDelegate",
            "a.listConsent",
            "a.dietChoices",
            "a.dietOther",
            "a.allergies",
            "a.accessibilityNeeds",
            jsonArrayFrom(
              attendee
                .selectFrom("Signup as s")
                .innerJoin("Activity as ac", "ac.id", "s.activityId")
                .select((signup) => [
                  "s.id as signupId",
                  "s.activityId",
                  "ac.key as activityKey",
                  "ac.nameSv",
                  "ac.nameEn",
                  "ac.startsAt",
                  "s.status",
                  "s.answers",
                  signup
                    .case()
                    .when("s.status", "=", "waitlisted")
                    .then(
                      signup
                        .selectFrom("Signup as w")
                        .select(sql<number>`count(*)::int`.as("position"))
                        .whereRef("w.activityId", "=", "s.activityId")
                        .where("w.status", "=", "waitlisted")
                        .whereRef("w.queueNumber", "<=", "s.queueNumber"),
                    )
                    .end()
                    .as("position"),
                ])
                .whereRef("s.attendeeId", "=", "a.id")
                .orderBy("ac.startsAt")
                .orderBy("ac.sortOrder"),
            ).as("signups"),
          ])
          .whereRef("a.registrationId", "=", "r.id")
          .orderBy("a.createdAt")
          .orderBy("a.id"),
      ).as("attendees"),
    ])
    .where((eb) =>
      by === "registration"
        ? eb("r.id", "=", id)
        : // A mail about one attendee names the attendee; found in the same statement, not a read before.
          eb("r.id", "=", eb.selectFrom("Attendee").select("registrationId").where("id", "=", id)),
    )
    .execute();
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    eventId: row.eventId,
    reference: row.reference,
    status: row.status,
    organisation: { id: row.organisationId, name: row.organisationName, isMember: row.isMember },
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    locale: row.locale,
    attendees: row.attendees.map(({ signups, ...attendee }) => ({
      ...attendee,
      signups: signups.map(({ nameSv, nameEn, startsAt, answers, ...signup }) => ({
        ...signup,
        answers: answers as Record<string, string>,
        activityName: { sv: nameSv, en: nameEn },
        startsAt: timeFromJson(startsAt),
      })),
    })),
  };
}
