import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "./consume-rate-limit";

// Private links and check-in codes are far too long to guess, but someone trying anyway should
// be slowed down and should not load the database. Only misses count, so a person using a
// real link or staff scanning a queue of badges never meet the limit.
const LIMITS = {
  "manage-token": { misses: 20, windowSeconds: 600 },
  "check-in-code": { misses: 30, windowSeconds: 600 },
} as const;

export type TokenKind = keyof typeof LIMITS;

function windowOf(kind: TokenKind, now: Date) {
  const windowMs = LIMITS[kind].windowSeconds * 1000;
  return { start: new Date(Math.floor(now.getTime() / windowMs) * windowMs), windowMs };
}

/** Refuses a caller (client address or staff id) who has missed too often in the current window. */
export async function assertTokenAttemptsLeft(kind: TokenKind, caller: string, now = new Date()) {
  const { start, windowMs } = windowOf(kind, now);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count FROM "RateLimit" WHERE key = ${`${kind}-miss:${caller}`} AND "windowStart" = ${start}`;
  if ((row?.count ?? 0) >= LIMITS[kind].misses) {
    throw new AppError("rate_limited", `too many unknown ${kind}s`, [], {
      retryAfter: Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000),
      message: "tooManyAttempts",
    });
  }
}

/** Counts one unknown token or code from the caller. */
export async function recordTokenMiss(kind: TokenKind, caller: string, now = new Date()) {
  await consumeRateLimit(`${kind}-miss:${caller}`, LIMITS[kind].misses, LIMITS[kind].windowSeconds, now);
}
