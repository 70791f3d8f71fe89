import "server-only";
import { db } from "@/lib/db";
import { isRetryableTransactionError, violatedUniqueConstraint } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { pool } from "@/lib/sql";
import type { RegistrationInput } from "@/lib/validation/registration";
import { votingDelegateTaken } from "./assert-voting-delegate-free";
import { getRegistrationSummary, type RegistrationSummary } from "./get-registration-summary";
import { insertRegistration } from "./insert-registration";
import { readRegistrationContext } from "./read-registration-context";

export type CreateRegistrationInput = RegistrationInput & { eventSlug: string };

export type CreatedRegistration = {
  summary: RegistrationSummary;
  /** True when this submit repeated an earlier one (same idempotency key): nothing new was written. */
  replayed: boolean;
};

const ATTEMPTS = 5;

async function findByIdempotencyKey(eventId: string, idempotencyKey: string) {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM "Registration" WHERE "eventId" = $1 AND "idempotencyKey" = $2`,
    [eventId, idempotencyKey],
  );
  return rows[0] ? getRegistrationSummary(rows[0].id) : null;
}

/**
 * Creates a registration with its attendees and signups, the audit row and the outbox e-mails,
 * all or nothing. Sending the same idempotency key again returns the first result.
 */
export async function createRegistration(
  input: CreateRegistrationInput,
  now: Date = new Date(),
): Promise<CreatedRegistration> {
  let context = await readRegistrationContext(input);
  const { event, earlierRegistrationId } = context;
  const earlier = earlierRegistrationId ? await getRegistrationSummary(earlierRegistrationId) : null;
  if (earlier) return { summary: earlier, replayed: true };

  for (let attempt = 1; ; attempt++) {
    try {
      // A retry reads again: the organisation another registration just created is then found.
      if (attempt > 1) context = await readRegistrationContext(input);
      return { summary: await insertRegistration(context, input, now), replayed: false };
    } catch (error) {
      // The same submit arrived twice at once and the other copy committed first: this copy may
      // then fail on the key itself or on the e-mails the other copy just registered. Either way
      // it is a repeat, not a conflict.
      const winner = await findByIdempotencyKey(event.id, input.idempotencyKey);
      if (winner) return { summary: winner, replayed: true };
      const constraint = violatedUniqueConstraint(error);
      if (constraint === "Attendee_one_email_per_event_idx") {
        throw new AppError("conflict", "e-mail already registered", [
          { field: "delegates", code: "emailTaken" },
        ]);
      }
      if (constraint === "Attendee_one_voting_delegate_idx") {
        const index = input.delegates.findIndex((delegate) => delegate.isVotingDelegate);
        const organisation = await db.organisation.findFirst({
          where:
            input.organisation.kind === "member"
              ? { id: input.organisation.id }
              : { name: input.organisation.name },
        });
        throw votingDelegateTaken(organisation?.name ?? "", `delegates.${index}.isVotingDelegate`);
      }
      // A clashing reference is drawn again; a new observer organisation that another registration
      // created at the same moment is found on the next attempt.
      const retry =
        constraint === "Registration_reference_key" ||
        constraint === "Organisation_name_key" ||
        isRetryableTransactionError(error);
      if (!retry || attempt >= ATTEMPTS) throw error;
    }
  }
}
