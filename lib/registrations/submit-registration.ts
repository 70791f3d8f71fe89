import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { createRegistration, type CreateRegistrationInput } from "./create-registration";

/**
 * A registration submitted from outside (form or API): rate limited per client address, then
 * created. A repeated submit (same idempotency key) still counts, so retry storms are limited too.
 */
export async function submitRegistration(
  input: CreateRegistrationInput,
  clientAddress: string,
  now = new Date(),
) {
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
  return createRegistration(input, now);
}
