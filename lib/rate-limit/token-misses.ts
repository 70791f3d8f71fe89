import "server-only";
import { kysely } from "@/lib/sql";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "./consume-rate-limit";

// Private links and check-in codes are far too long to guess, but someone trying anyway should
// be slowed down and should not load the database. Only misses count, so a person using a
// real link or staff scanning a queue of badges never meet the limit.
const LIMITS = {
  "manage-token": { misses: 20, windowSeconds: 600 },
  "check-in-code": { misses: 30, windowSeconds: 600 },
  "mandate-token": { misses: 20, windowSeconds: 600 },
  "evaluation-token": { misses: 20, windowSeconds: 600 },
} as const;

export type TokenKind = keyof typeof LIMITS;

function windowOf(kind: TokenKind, now: Date) {
  const windowMs = LIMITS[kind].windowSeconds * 1000;
  return { start: new Date(Math.floor(now.getTime() / windowMs) * windowMs), windowMs };
}

/** Seconds until a caller who has missed too often may try again; 0 when they may now. */
export async function tokenAttemptsRetryAfter(kind: TokenKind, caller: string, now = new Date()) {
  const { start, windowMs } = windowOf(kind, now);
  const row = await kysely
    .selectFrom("RateLimit")
    .select("count")
    .where("key", "=", `${kind}-miss:${caller}`)
    .where("windowStart", "=", start)
    .executeTakeFirst();
  return (row?.count ?? 0) >= LIMITS[kind].misses
    ? Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000)
    : 0;
}

/** Refuses a caller (client address or staff id) who has missed too often in the current window. */
export async function assertTokenAttemptsLeft(kind: TokenKind, caller: string, now = new Date()) {
  const retryAfter = await tokenAttemptsRetryAfter(kind, caller, now);
  if (retryAfter > 0) {
    throw new AppError("rate_limited", `too many unknown ${kind}s`, [], { retryAfter }, "tooManyAttempts");
  }
}

/** Counts one unknown token or code from the caller. */
export async function recordTokenMiss(kind: TokenKind, caller: string, now = new Date()) {
  await consumeRateLimit(`${kind}-miss:${caller}`, LIMITS[kind].misses, LIMITS[kind].windowSeconds, now);
}
