import "server-only";
import { AppError } from "@/lib/errors";
import type { Activity, Event, Organisation } from "@/lib/generated/prisma/client";
import { pool } from "@/lib/sql";
import type { CreateRegistrationInput } from "./create-registration";

/** Everything the checks of a new registration need to know, read before it writes. */
export type RegistrationContext = {
  event: Event;
  activities: Activity[];
  /** The registration an earlier submit with the same idempotency key made, if any. */
  earlierRegistrationId: string | null;
  /** The fingerprint of that earlier submit's request (null for registrations made before it was kept). */
  earlierFingerprint: string | null;
  /** The member chosen, or the organisation of the observer name given (any case), if it exists. */
  organisation: Organisation | null;
  /** Delegates' addresses already registered at the event. */
  takenEmails: string[];
  /** Whether that organisation already has a voting delegate at the event. */
  votingDelegateNamed: boolean;
};

type Row = Event & Omit<RegistrationContext, "event">;

// Timestamps inside JSON arrive as strings; the rules compare them as dates.
const dates = <T extends object>(row: T, keys: (keyof T)[]): T =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      keys.includes(key as keyof T) && value !== null ? new Date(value as string) : value,
    ]),
  ) as T;

/**
 * One statement, on the pool (lib/sql.ts): a registration's hot path is three round trips in
 * all (the rate limit, this, the write). The sub-selects each use their own index (the partial
 * unique ones for addresses and voting delegates). The activity limits are read again under
 * their locks when they matter, and the unique indexes catch whatever changes in between.
 */
export async function readRegistrationContext(input: CreateRegistrationInput): Promise<RegistrationContext> {
  const choice = input.organisation;
  const { rows } = await pool.query<Row>(
    `WITH org AS (
       SELECT * FROM "Organisation"
       WHERE CASE WHEN $3::uuid IS NOT NULL THEN id = $3::uuid ELSE lower(name) = lower($4) END
       ORDER BY "isMember" DESC LIMIT 1)
     SELECT e.*,
            earlier.id AS "earlierRegistrationId", earlier."requestFingerprint" AS "earlierFingerprint",
            coalesce((SELECT json_agg(a) FROM "Activity" a WHERE a."eventId" = e.id), '[]') AS activities,
            (SELECT row_to_json(org) FROM org) AS organisation,
            ARRAY(SELECT email FROM "Attendee"
                  WHERE "eventId" = e.id AND status = 'active' AND email = ANY($5::text[])) AS "takenEmails",
            EXISTS(SELECT 1 FROM "Attendee"
                   WHERE "eventId" = e.id AND "organisationId" = (SELECT id FROM org)
                     AND "isVotingDelegate" AND status = 'active') AS "votingDelegateNamed"
     FROM "Event" e
     LEFT JOIN "Registration" earlier ON earlier."eventId" = e.id AND earlier."idempotencyKey" = $2
     WHERE e.slug = $1`,
    [
      input.eventSlug,
      input.idempotencyKey,
      choice.kind === "member" ? choice.id : null,
      choice.kind === "observer" ? choice.name : null,
      input.delegates.map((delegate) => delegate.email),
    ],
  );
  if (!rows[0]) throw new AppError("not_found", "no such event");
  const {
    earlierRegistrationId,
    earlierFingerprint,
    activities,
    organisation,
    takenEmails,
    votingDelegateNamed,
    ...event
  } = rows[0];
  return {
    event: event as Event,
    activities: activities.map((activity) =>
      dates(activity, ["startsAt", "endsAt", "signupClosesAt", "createdAt", "updatedAt"]),
    ),
    earlierRegistrationId,
    earlierFingerprint,
    organisation: organisation && dates(organisation, ["createdAt", "updatedAt"]),
    takenEmails,
    votingDelegateNamed,
  };
}
