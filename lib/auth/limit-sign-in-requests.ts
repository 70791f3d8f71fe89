import "server-only";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

const WINDOW_SECONDS = 15 * 60;
const PER_ADDRESS = 10;
// Sign-in mails one e-mail address is sent per window. Over it, the request is answered as any
// other and no mail goes: nobody can flood a staff member's inbox, and nobody can lock them out
// either, as the links already sent to them still work.
const MAILS_PER_EMAIL = 5;

/**
 * Normalises an address as the sign-in form's identifier: trimmed and lower-case, exactly one
 * address. NextAuth uses this for the token and the mail (auth-options.ts), and the limits are
 * keyed on its result, so "addr@domain,1" or " ADDR@domain" are the same person, not a fresh key.
 */
export function normaliseSignInEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !/^[^\s@,;<>"'()]+@[^\s@,;<>"'()]+\.[a-z]{2,}$/.test(email))
    throw new AppError("validation", "not one e-mail address", [{ field: "email", code: "email" }]);
  return email;
}

/**
 * Limits requests for sign-in links per client address, in PostgreSQL so every instance counts
 * together. Known and unknown addresses are counted alike, so the limit tells nobody who is staff.
 */
export async function limitSignInRequests(clientAddress: string, now = new Date()) {
  const byAddress = await consumeRateLimit(`sign-in:${clientAddress}`, PER_ADDRESS, WINDOW_SECONDS, now);
  if (!byAddress.allowed) {
    throw new AppError(
      "rate_limited",
      "too many sign-in link requests",
      [],
      {
        retryAfter: byAddress.retryAfterSeconds,
      },
      "tooManyRequests",
    );
  }
}

/** Whether another sign-in mail may go to this (normalised) address in the current window. */
export async function maySendSignInMail(email: string, now = new Date()): Promise<boolean> {
  return (await consumeRateLimit(`sign-in-mail:${email}`, MAILS_PER_EMAIL, WINDOW_SECONDS, now)).allowed;
}
