import "server-only";
import { isRetryableTransactionError, violatedUniqueConstraint } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import type { RegistrationInput } from "@/lib/validation/registration";
import { votingDelegateTaken } from "./assert-voting-delegate-free";
import { emailTaken } from "./email-taken";
import { getRegistrationSummary, type RegistrationSummary } from "./get-registration-summary";
import { writeRegistration } from "./write-registration";
import { readRegistrationContext, type RegistrationContext } from "./read-registration-context";
import { requestFingerprint } from "./request-fingerprint";

export type CreateRegistrationInput = RegistrationInput & { eventSlug: string };

export type CreatedRegistration = {
  summary: RegistrationSummary;
  /** True when this submit repeated an earlier one (same idempotency key): nothing new was written. */
  replayed: boolean;
};

const ATTEMPTS = 5;

/**
 * The answer to a repeated submit: what the first one registered, if this one asked for the same.
 * A different request under a known key shows nothing of the first.
 */
async function replay(
  context: RegistrationContext,
  input: CreateRegistrationInput,
): Promise<CreatedRegistration> {
  if (context.earlierFingerprint && context.earlierFingerprint !== requestFingerprint(input)) {
    throw new AppError(
      "validation",
      "idempotency key reused",
      [{ field: "idempotencyKey", code: "invalid" }],
      {},
      "idempotencyKeyReused",
    );
  }
  return { summary: (await getRegistrationSummary(context.earlierRegistrationId!))!, replayed: true };
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
  if (context.earlierRegistrationId) return replay(context, input);

  for (let attempt = 1; ; attempt++) {
    try {
      return { summary: await writeRegistration(context, input, now), replayed: false };
    } catch (error) {
      // Whatever went wrong, read again. The same submit may have arrived twice at once and the
      // other copy committed first: this copy then fails on the key itself or on the e-mails the
      // other copy registered, and it is a repeat, not a conflict. A retry also needs the fresh
      // read, to find the observer organisation another registration just created.
      context = await readRegistrationContext(input);
      if (context.earlierRegistrationId) return replay(context, input);
      const constraint = violatedUniqueConstraint(error);
      if (constraint === "Attendee_one_email_per_event_idx") {
        throw emailTaken([{ field: "delegates", code: "emailTaken" }]);
      }
      if (constraint === "Attendee_one_voting_delegate_idx") {
        const index = input.delegates.findIndex((delegate) => delegate.isVotingDelegate);
        throw votingDelegateTaken(context.organisation?.name ?? "", `delegates.${index}.isVotingDelegate`);
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
