import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

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
