import "server-only";
import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { kysely, timeFromJson } from "@/lib/sql";
import type {
  AttendeeStatus,
  RegistrationApproval,
  RegistrationStatus,
  SignupStatus,
} from "@/lib/generated/prisma/enums";
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
  /** Named voting delegate by a registration awaiting approval: no vote until then. */
  votePending: boolean;
  listConsent: boolean;
  dietChoices: string[];
  dietOther: string;
  allergies: string;
  accessibilityNeeds: string;
  /** Answers to the meeting's own questions (Event.questions). */
  answers: Record<string, string>;
  signups: SignupSummary[];
};

export type RegistrationSummary = {
  id: string;
  eventId: string;
  reference: string;
  status: RegistrationStatus;
  /** "pending" until staff approve a registration that came without the organisation's invitation. */
  approval: RegistrationApproval;
  pendingReasons: string[];
  organisation: { id: string; name: string; isMember: boolean };
  contact: { name: string; email: string; phone: string };
  locale: "sv" | "en";
  attendees: AttendeeSummary[];
};

/** What a summary is made of: the rows as written, or as read back by getRegistrationSummary. */
export type SummaryParts = {
  registration: Pick<
    RegistrationSummary,
    "id" | "eventId" | "reference" | "status" | "locale" | "approval" | "pendingReasons"
  > & {
    contactName: string;
    contactEmail: string;
    contactPhone: string;
  };
  organisation: RegistrationSummary["organisation"];
  attendees: (Omit<AttendeeSummary, "signups" | "answers"> & {
    answers: unknown;
    createdAt: Date;
    signups: {
      id: string;
      activityId: string;
      status: SignupStatus;
      answers: unknown;
      position: number | null;
      activity: { key: string; nameSv: string; nameEn: string; startsAt: Date; sortOrder: number };
    }[];
  })[];
};

const byTime = (a: Date, b: Date) => a.getTime() - b.getTime();

/**
 * The one definition of a registration's summary: its fields, and its order (delegates as they
 * were entered, each one's activities by time). A new registration is answered from the rows it
 * wrote, and every later view reads them back; both come here.
 */
export function registrationSummary({
  registration,
  organisation,
  attendees,
}: SummaryParts): RegistrationSummary {
  return {
    id: registration.id,
    eventId: registration.eventId,
    reference: registration.reference,
    status: registration.status,
    approval: registration.approval,
    pendingReasons: registration.pendingReasons,
    organisation: { id: organisation.id, name: organisation.name, isMember: organisation.isMember },
    contact: {
      name: registration.contactName,
      email: registration.contactEmail,
      phone: registration.contactPhone,
    },
    locale: registration.locale,
    attendees: [...attendees]
      .sort((a, b) => byTime(a.createdAt, b.createdAt) || a.id.localeCompare(b.id))
      // Field by field: the rows written hold more (token hashes) than a summary may show.
      .map((attendee) => ({
        id: attendee.id,
        name: attendee.name,
        email: attendee.email,
        title: attendee.title,
        phone: attendee.phone,
        status: attendee.status,
        isVotingDelegate: attendee.isVotingDelegate,
        votePending: attendee.votePending,
        listConsent: attendee.listConsent,
        dietChoices: attendee.dietChoices,
        dietOther: attendee.dietOther,
        allergies: attendee.allergies,
        accessibilityNeeds: attendee.accessibilityNeeds,
        answers: attendee.answers as Record<string, string>,
        signups: [...attendee.signups]
          .sort(
            (a, b) =>
              byTime(a.activity.startsAt, b.activity.startsAt) || a.activity.sortOrder - b.activity.sortOrder,
          )
          .map(({ id, activityId, status, answers, position, activity }) => ({
            signupId: id,
            activityId,
            activityKey: activity.key,
            activityName: { sv: activity.nameSv, en: activity.nameEn },
            startsAt: activity.startsAt,
            status,
            position,
            answers: answers as Record<string, string>,
          })),
      })),
  };
}

/**
 * A registration with its attendees, their signups and waiting-list positions, or null: by its id,
 * or by the id of one of its attendees. One statement on the pool: it is read for every mail and
 * every private-link page (lib/sql.ts says why not through Prisma).
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
      "r.approval",
      "r.pendingReasons",
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
            "a.votePending",
            "a.listConsent",
            "a.dietChoices",
            "a.dietOther",
            "a.allergies",
            "a.accessibilityNeeds",
            "a.answers",
            "a.createdAt",
            jsonArrayFrom(
              attendee
                .selectFrom("Signup as s")
                .innerJoin("Activity as ac", "ac.id", "s.activityId")
                .select((signup) => [
                  "s.id",
                  "s.activityId",
                  "ac.key",
                  "ac.nameSv",
                  "ac.nameEn",
                  "ac.startsAt",
                  "ac.sortOrder",
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
                .whereRef("s.attendeeId", "=", "a.id"),
            ).as("signups"),
          ])
          .whereRef("a.registrationId", "=", "r.id"),
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
  return registrationSummary({
    registration: row,
    organisation: { id: row.organisationId, name: row.organisationName, isMember: row.isMember },
    attendees: row.attendees.map(({ signups, createdAt, ...attendee }) => ({
      ...attendee,
      createdAt: timeFromJson(createdAt),
      signups: signups.map(({ key, nameSv, nameEn, startsAt, sortOrder, ...signup }) => ({
        ...signup,
        activity: { key, nameSv, nameEn, startsAt: timeFromJson(startsAt), sortOrder },
      })),
    })),
  });
}
