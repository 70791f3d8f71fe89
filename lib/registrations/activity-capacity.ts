import "server-only";
import type { DbOrTx, Tx } from "@/lib/db";

/**
 * Locks the rows of the given activities until the transaction ends. Every change to an activity's
 * signups takes this lock first, so "count confirmed, then confirm" cannot interleave and an
 * activity never holds more confirmed signups than its capacity. Locking in id order means two
 * transactions that need the same activities wait for each other instead of deadlocking.
 */
export async function lockActivities(tx: Tx, activityIds: string[]) {
  const ids = [...new Set(activityIds)].sort();
  if (ids.length === 0) return;
  await tx.$queryRaw`SELECT id FROM "Activity" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
}

export type ActivityLoad = { confirmed: number; lastQueueNumber: number };

/** Confirmed count and last waiting-list number per activity; call after lockActivities. */
export async function readActivityLoad(
  tx: DbOrTx,
  activityIds: string[],
): Promise<Map<string, ActivityLoad>> {
  const load = new Map<string, ActivityLoad>(
    activityIds.map((id) => [id, { confirmed: 0, lastQueueNumber: 0 }]),
  );
  if (activityIds.length === 0) return load;
  const rows = await tx.$queryRaw<{ activityId: string; confirmed: number; lastQueueNumber: number }[]>`
    SELECT "activityId",
           count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
           coalesce(max("queueNumber"), 0)::int AS "lastQueueNumber"
    FROM "Signup"
    WHERE "activityId" = ANY(${activityIds}::uuid[])
    GROUP BY "activityId"`;
  for (const row of rows)
    load.set(row.activityId, { confirmed: row.confirmed, lastQueueNumber: row.lastQueueNumber });
  return load;
}

export type Placement =
  { status: "confirmed" } | { status: "waitlisted"; queueNumber: number } | { status: "full" };

/** Where one more signup goes, updating `load` so several signups in one transaction add up. */
export function placeSignup(
  activity: { capacity: number | null; waitlistEnabled: boolean },
  load: ActivityLoad,
): Placement {
  if (activity.capacity === null || load.confirmed < activity.capacity) {
    load.confirmed += 1;
    return { status: "confirmed" };
  }
  if (!activity.waitlistEnabled) return { status: "full" };
  load.lastQueueNumber += 1;
  return { status: "waitlisted", queueNumber: load.lastQueueNumber };
}
