import "server-only";
import { pool } from "@/lib/sql";
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

type SummaryRow = {
  id: string;
  eventId: string;
  reference: string;
  status: RegistrationStatus;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  locale: "sv" | "en";
  organisationId: string;
  organisationName: string;
  isMember: boolean;
  attendees: (Omit<AttendeeSummary, "signups"> & {
    signups: (Omit<SignupSummary, "activityName" | "startsAt"> & {
      nameSv: string;
      nameEn: string;
      startsAt: string;
    })[];
  })[];
};

const WHERE = {
  registration: `r.id = $1::uuid`,
  // A mail about one attendee names the attendee; found in the same statement, not a read before.
  attendee: `r.id = (SELECT "registrationId" FROM "Attendee" WHERE id = $1::uuid)`,
} as const;

/**
 * A registration with its attendees, their signups and waiting-list positions, or null: by its id,
 * or by the id of one of its attendees. One SQL statement on the pool: it is read after every
 * registration and for every mail (lib/sql.ts says why not through Prisma).
 */
export async function getRegistrationSummary(
  id: string,
  by: keyof typeof WHERE = "registration",
): Promise<RegistrationSummary | null> {
  const { rows } = await pool.query<SummaryRow>(
    `
    SELECT r.id, r."eventId", r.reference, r.status, r."contactName", r."contactEmail", r."contactPhone", r.locale,
           o.id AS "organisationId", o.name AS "organisationName", o."isMember",
           coalesce((
             SELECT json_agg(json_build_object(
                      'id', a.id, 'name', a.name, 'email', a.email, 'title', a.title, 'phone', a.phone,
                      'status', a.status, 'isVotingDelegate', a."isVotingDelegate", 'listConsent', a."listConsent",
                      'dietChoices', a."dietChoices", 'dietOther', a."dietOther", 'allergies', a.allergies,
                      'accessibilityNeeds', a."accessibilityNeeds",
                      'signups', coalesce((
                        SELECT json_agg(json_build_object(
                                 'signupId', s.id, 'activityId', s."activityId", 'activityKey', ac.key,
                                 'nameSv', ac."nameSv", 'nameEn', ac."nameEn", 'startsAt', ac."startsAt",
                                 'status', s.status, 'answers', s.answers,
                                 'position', CASE WHEN s.status = 'waitlisted' THEN (
                                   SELECT count(*) FROM "Signup" w
                                   WHERE w."activityId" = s."activityId" AND w.status = 'waitlisted'
                                     AND w."queueNumber" <= s."queueNumber") END)
                               ORDER BY ac."startsAt", ac."sortOrder")
                        FROM "Signup" s JOIN "Activity" ac ON ac.id = s."activityId"
                        WHERE s."attendeeId" = a.id), '[]'::json))
                    ORDER BY a."createdAt", a.id)
             FROM "Attendee" a WHERE a."registrationId" = r.id), '[]'::json) AS attendees
    FROM "Registration" r JOIN "Organisation" o ON o.id = r."organisationId"
    WHERE ${WHERE[by]}`,
    [id],
  );
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
      signups: signups.map(({ nameSv, nameEn, startsAt, ...signup }) => ({
        ...signup,
        activityName: { sv: nameSv, en: nameEn },
        startsAt: new Date(startsAt),
      })),
    })),
  };
}
