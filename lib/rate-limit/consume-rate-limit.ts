import "server-only";
import { pool, type Sql } from "@/lib/sql";

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * Counts one use of `key` in the current fixed window and says whether it is within `limit`.
 * The counter lives in PostgreSQL, so every app instance behind a load balancer shares it.
 */
export async function consumeRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
  now: Date = new Date(),
  client: Sql = pool,
): Promise<RateLimitResult> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  // Plain SQL: this runs before every registration and sign-in request (lib/sql.ts says why).
  const { rows } = await client.query<{ count: number }>(
    `INSERT INTO "RateLimit" (key, "windowStart", count) VALUES ($1, $2, 1)
     ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimit".count + 1
     RETURNING count`,
    [key, windowStart],
  );
  const row = rows[0];
  // Old windows are removed by the scheduled clean-up (lib/privacy/run-maintenance.ts), not here:
  // one statement per request instead of two.
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
  return { allowed: (row?.count ?? 0) <= limit, retryAfterSeconds };
}
