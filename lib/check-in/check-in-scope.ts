import "server-only";
import { queriesIn, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Where a check-in happens: at the entrance (`null`) or at one activity of the event, by key. */
export type CheckInScope = string | null;

export const UNDO_MINUTES = 10;

/** The activity a scope names, refusing a key the event does not have. */
export async function activityForScope(tx: Tx, eventId: string, scope: CheckInScope) {
  if (scope === null) return null;
  const activity = await tx.activity.findFirst({ where: { eventId, key: scope } });
  if (!activity)
    throw new AppError("validation", "unknown scope", [{ field: "scope", code: "unknownActivity" }]);
  return activity;
}

/** Locks the attendee row, so two phones scanning the same badge check in once. */
export async function lockAttendee(tx: Tx, attendeeId: string) {
  await queriesIn(tx).selectFrom("Attendee").select("id").where("id", "=", attendeeId).forUpdate().execute();
}

/** Whether a check-in made at `checkedInAt` may still be undone. */
export function canStillUndo(checkedInAt: Date, now = new Date()): boolean {
  return now.getTime() - checkedInAt.getTime() <= UNDO_MINUTES * 60_000;
}
