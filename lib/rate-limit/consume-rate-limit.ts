import "server-only";
import { sql } from "kysely";
import { kysely, type Queries } from "@/lib/sql";

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
  queries: Queries = kysely,
): Promise<RateLimitResult> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  // Kysely on the pool: this runs before every registration and sign-in request (lib/sql.ts says why).
  const row = await queries
    .insertInto("RateLimit")
    .values({ key, windowStart, count: 1 })
    .onConflict((conflict) =>
      conflict.columns(["key", "windowStart"]).doUpdateSet({ count: sql<number>`"RateLimit".count + 1` }),
    )
    .returning("count")
    .executeTakeFirst();
  // Old windows are removed by the scheduled clean-up (lib/privacy/run-maintenance.ts), not here:
  // one statement per request instead of two.
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
  return { allowed: (row?.count ?? 0) <= limit, retryAfterSeconds };
}
