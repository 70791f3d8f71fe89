import "server-only";
import { sql } from "kysely";
import { AppError, type FieldIssue } from "@/lib/errors";
import type { Queries } from "@/lib/sql";

/**
 * Locks the rows of the given activities until the transaction ends. Every change to an activity's
 * signups takes this lock first, so "count confirmed, then confirm" cannot interleave and an
 * activity never holds more confirmed signups than its capacity. Locking in id order means two
 * transactions that need the same activities wait for each other instead of deadlocking.
 */
export async function lockActivities(
  queries: Queries,
  activityIds: string[],
): Promise<{ id: string; capacity: number | null; waitlistEnabled: boolean }[]> {
  const ids = [...new Set(activityIds)].sort();
  if (ids.length === 0) return [];
  // Returns the limits as they stand once locked, which may be newer than an earlier read.
  return queries
    .selectFrom("Activity")
    .select(["id", "capacity", "waitlistEnabled"])
    .where("id", "in", ids)
    .orderBy("id")
    .forUpdate()
    .execute();
}

export type ActivityLoad = { confirmed: number; waitlisted: number; lastQueueNumber: number };

export const EMPTY_LOAD: ActivityLoad = { confirmed: 0, waitlisted: 0, lastQueueNumber: 0 };

/** Confirmed and waitlisted counts and the last waiting-list number per activity; call after lockActivities. */
export async function readActivityLoad(
  queries: Queries,
  activityIds: string[],
): Promise<Map<string, ActivityLoad>> {
  const load = new Map<string, ActivityLoad>(activityIds.map((id) => [id, { ...EMPTY_LOAD }]));
  if (activityIds.length === 0) return load;
  const rows = await queries
    .selectFrom("Signup")
    .select([
      "activityId",
      sql<number>`count(*) FILTER (WHERE status = 'confirmed')::int`.as("confirmed"),
      sql<number>`count(*) FILTER (WHERE status = 'waitlisted')::int`.as("waitlisted"),
      sql<number>`coalesce(max("queueNumber"), 0)::int`.as("lastQueueNumber"),
    ])
    .where("activityId", "in", activityIds)
    .groupBy("activityId")
    .execute();
  for (const { activityId, ...counts } of rows) load.set(activityId, counts);
  return load;
}

/** Whether one more person can be confirmed: the activity has no limit, or seats left. */
export function hasFreeSeat(
  activity: { capacity: number | null },
  load: Pick<ActivityLoad, "confirmed">,
): boolean {
  return activity.capacity === null || load.confirmed < activity.capacity;
}

/** The field issue for a chosen activity that has no seat left and no waiting list. */
export function activityFullIssue(field: string, activityName: string): FieldIssue {
  return { field, code: "activityFull", params: { activity: activityName } };
}

/** The conflict for chosen activities that filled up: nothing of the change is kept. */
export function activityFull(issues: FieldIssue[]): AppError {
  return new AppError("conflict", "activity full", issues);
}

export type Placement =
  | { status: "confirmed" }
  /** `position`: place in the waiting list, 1 = next in line. */
  | { status: "waitlisted"; queueNumber: number; position: number }
  | { status: "full" };

/** Where one more signup goes, updating `load` so several signups in one transaction add up. */
export function placeSignup(
  activity: { capacity: number | null; waitlistEnabled: boolean },
  load: ActivityLoad,
): Placement {
  if (hasFreeSeat(activity, load)) {
    load.confirmed += 1;
    return { status: "confirmed" };
  }
  if (!activity.waitlistEnabled) return { status: "full" };
  load.lastQueueNumber += 1;
  load.waitlisted += 1;
  return { status: "waitlisted", queueNumber: load.lastQueueNumber, position: load.waitlisted };
}
