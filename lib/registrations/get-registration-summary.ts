import "server-only";
import { db, type DbOrTx } from "@/lib/db";
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

/** A registration with its attendees, their signups and waiting-list positions, or null. */
export async function getRegistrationSummary(
  registrationId: string,
  client: DbOrTx = db,
): Promise<RegistrationSummary | null> {
  const registration = await client.registration.findUnique({
    where: { id: registrationId },
    include: {
      organisation: true,
      attendees: {
        orderBy: { createdAt: "asc" },
        include: { signups: { include: { activity: true }, orderBy: { activity: { startsAt: "asc" } } } },
      },
    },
  });
  if (!registration) return null;

  const waitlisted = registration.attendees.flatMap((attendee) =>
    attendee.signups.filter((signup) => signup.status === "waitlisted").map((signup) => signup.id),
  );
  const positions = new Map<string, number>();
  if (waitlisted.length > 0) {
    const rows = await client.$queryRaw<{ id: string; position: number }[]>`
      SELECT s.id, (
        SELECT count(*)::int FROM "Signup" w
        WHERE w."activityId" = s."activityId" AND w.status = 'waitlisted' AND w."queueNumber" <= s."queueNumber"
      ) AS position
      FROM "Signup" s WHERE s.id = ANY(${waitlisted}::uuid[])`;
    for (const row of rows) positions.set(row.id, row.position);
  }

  return {
    id: registration.id,
    eventId: registration.eventId,
    reference: registration.reference,
    status: registration.status,
    organisation: {
      id: registration.organisation.id,
      name: registration.organisation.name,
      isMember: registration.organisation.isMember,
    },
    contact: {
      name: registration.contactName,
      email: registration.contactEmail,
      phone: registration.contactPhone,
    },
    locale: registration.locale,
    attendees: registration.attendees.map((attendee) => ({
      id: attendee.id,
      name: attendee.name,
      email: attendee.email,
      title: attendee.title,
      phone: attendee.phone,
      status: attendee.status,
      isVotingDelegate: attendee.isVotingDelegate,
      listConsent: attendee.listConsent,
      dietChoices: attendee.dietChoices,
      dietOther: attendee.dietOther,
      allergies: attendee.allergies,
      accessibilityNeeds: attendee.accessibilityNeeds,
      signups: attendee.signups.map((signup) => ({
        signupId: signup.id,
        activityId: signup.activityId,
        activityKey: signup.activity.key,
        activityName: { sv: signup.activity.nameSv, en: signup.activity.nameEn },
        startsAt: signup.activity.startsAt,
        status: signup.status,
        position: positions.get(signup.id) ?? null,
        answers: signup.answers as Record<string, string>,
      })),
    })),
  };
}
