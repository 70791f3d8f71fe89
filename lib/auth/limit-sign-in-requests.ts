import "server-only";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

const WINDOW_SECONDS = 15 * 60;
const PER_ADDRESS = 10;
const PER_EMAIL = 5;

/**
 * Limits requests for sign-in links, per client address and per e-mail address, in PostgreSQL so
 * every instance counts together. Known and unknown addresses are counted alike, so the limit
 * tells nobody who is staff.
 */
export async function limitSignInRequests(clientAddress: string, email: string, now = new Date()) {
  const [byAddress, byEmail] = await Promise.all([
    consumeRateLimit(`sign-in:${clientAddress}`, PER_ADDRESS, WINDOW_SECONDS, now),
    consumeRateLimit(`sign-in-email:${email.trim().toLowerCase()}`, PER_EMAIL, WINDOW_SECONDS, now),
  ]);
  if (!byAddress.allowed || !byEmail.allowed) {
    throw new AppError("rate_limited", "too many sign-in link requests", [], {
      retryAfter: Math.max(byAddress.retryAfterSeconds, byEmail.retryAfterSeconds),
    });
  }
}
