import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { createRegistration, type CreateRegistrationInput } from "./create-registration";

/**
 * Counts one registration submit from the client and refuses it over the limit. A repeated submit
 * (same idempotency key) still counts, so retry storms are limited too.
 */
export async function limitRegistrationSubmits(clientAddress: string, now = new Date()) {
  const limit = await consumeRateLimit(
    `registration-submit:${clientAddress}`,
    env.REGISTRATION_RATE_LIMIT,
    env.REGISTRATION_RATE_WINDOW_SECONDS,
    now,
  );
  if (!limit.allowed) {
    throw new AppError("rate_limited", "too many registration submits", [], {
      retryAfter: limit.retryAfterSeconds,
    });
  }
}

/** A registration submitted from outside (form or API): rate limited per client, then created. */
export async function submitRegistration(
  input: CreateRegistrationInput,
  clientAddress: string,
  now = new Date(),
) {
  await limitRegistrationSubmits(clientAddress, now);
  return createRegistration(input, now);
}
