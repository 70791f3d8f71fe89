import "server-only";
import { AppError } from "@/lib/errors";
import type { Activity, Event, Organisation, Prisma } from "@/lib/generated/prisma/client";
import { sql } from "kysely";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import { kysely, timeFromJson } from "@/lib/sql";
import type { CreateRegistrationInput } from "./create-registration";
import { hashToken } from "./tokens";

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
  /** The invitation to this event whose token was given, with its organisation; null if none matched. */
  invitation: { id: string; organisationId: string; organisationName: string } | null;
};

/**
 * One statement, on the pool (lib/sql.ts): a registration's hot path is three round trips in
 * all (the rate limit, this, the write). The sub-selects each use their own index (the partial
 * unique ones for addresses and voting delegates). The activity limits are read again under
 * their locks when they matter, and the unique indexes catch whatever changes in between.
 */
export async function readRegistrationContext(input: CreateRegistrationInput): Promise<RegistrationContext> {
  const choice = input.organisation;
  const emails = input.delegates.map((delegate) => delegate.email);
  // No token looks up nothing: a hash is never empty.
  const invitationHash = input.invitationToken ? hashToken(input.invitationToken) : "";
  const rows = await kysely
    .with("org", (creator) =>
      creator
        .selectFrom("Organisation")
        .selectAll()
        .where((eb) =>
          choice.kind === "member"
            ? eb("id", "=", choice.id)
            : eb(eb.fn("lower", ["name"]), "=", eb.fn("lower", [eb.val(choice.name)])),
        )
        .orderBy("isMember", "desc")
        .limit(1),
    )
    .selectFrom("Event as e")
    .leftJoin("Registration as earlier", (join) =>
      join.onRef("earlier.eventId", "=", "e.id").on("earlier.idempotencyKey", "=", input.idempotencyKey),
    )
    .selectAll("e")
    .select((eb) => [
      "earlier.id as earlierRegistrationId",
      "earlier.requestFingerprint as earlierFingerprint",
      jsonArrayFrom(eb.selectFrom("Activity as a").selectAll("a").whereRef("a.eventId", "=", "e.id")).as(
        "activities",
      ),
      jsonObjectFrom(eb.selectFrom("org").selectAll("org")).as("organisation"),
      jsonObjectFrom(
        eb
          .selectFrom("Invitation as i")
          .innerJoin("Organisation as io", "io.id", "i.organisationId")
          .select(["i.id", "i.organisationId", "io.name as organisationName"])
          .whereRef("i.eventId", "=", "e.id")
          .where("i.tokenHash", "=", invitationHash),
      ).as("invitation"),
      sql<string[]>`ARRAY(${eb
        .selectFrom("Attendee")
        .select("email")
        .whereRef("eventId", "=", "e.id")
        .where("status", "=", "active")
        .where("email", "in", emails.length > 0 ? emails : [""])})`.as("takenEmails"),
      eb
        .exists(
          eb
            .selectFrom("Attendee")
            .select("id")
            .whereRef("eventId", "=", "e.id")
            .where("organisationId", "=", eb.selectFrom("org").select("org.id"))
            .where("isVotingDelegate", "=", true)
            .where("status", "=", "active"),
        )
        .as("votingDelegateNamed"),
    ])
    .where("e.slug", "=", input.eventSlug)
    .execute();
  if (!rows[0]) throw new AppError("not_found", "no such event");
  const {
    earlierRegistrationId,
    earlierFingerprint,
    activities,
    organisation,
    takenEmails,
    votingDelegateNamed,
    invitation,
    ...event
  } = rows[0];
  return {
    event: event as Event,
    activities: activities.map((activity) => ({
      ...activity,
      questions: activity.questions as Prisma.JsonValue,
      startsAt: timeFromJson(activity.startsAt),
      endsAt: timeFromJson(activity.endsAt),
      signupClosesAt: activity.signupClosesAt === null ? null : timeFromJson(activity.signupClosesAt),
      cancelledAt: activity.cancelledAt === null ? null : timeFromJson(activity.cancelledAt),
      createdAt: timeFromJson(activity.createdAt),
      updatedAt: timeFromJson(activity.updatedAt),
    })),
    earlierRegistrationId,
    earlierFingerprint,
    organisation: organisation && {
      ...organisation,
      createdAt: timeFromJson(organisation.createdAt),
      updatedAt: timeFromJson(organisation.updatedAt),
    },
    takenEmails,
    votingDelegateNamed: Boolean(votingDelegateNamed),
    invitation,
  };
}
