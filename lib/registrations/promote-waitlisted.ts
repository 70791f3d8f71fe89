import "server-only";
import { queriesIn, type Tx } from "@/lib/db";
import { writeAuditEntry, type Actor } from "@/lib/audit/write-audit-entry";
import { notifyAttendeeChange } from "./notify-attendee-change";
import { readActivityLoad } from "./activity-capacity";

/**
 * Fills free places from the waiting lists, first in the queue first, and writes each promoted
 * person's e-mail to the outbox. Runs in the transaction that freed the places, after the caller
 * has locked the activities, so a freed place never stays empty while someone waits.
 */
export async function promoteWaitlisted(tx: Tx, eventId: string, activityIds: string[], cause: Actor) {
  const activities = await tx.activity.findMany({ where: { id: { in: activityIds }, eventId } });
  const load = await readActivityLoad(
    queriesIn(tx),
    activities.map((activity) => activity.id),
  );
  const promoted: string[] = [];
  for (const activity of activities) {
    const free =
      activity.capacity === null
        ? Number.MAX_SAFE_INTEGER
        : activity.capacity - (load.get(activity.id)?.confirmed ?? 0);
    if (free <= 0) continue;
    const waiting = await tx.signup.findMany({
      where: { activityId: activity.id, status: "waitlisted" },
      orderBy: { queueNumber: "asc" },
      take: Math.min(free, 1000),
      include: { attendee: true },
    });
    for (const signup of waiting) {
      await tx.signup.update({ where: { id: signup.id }, data: { status: "confirmed" } });
      await writeAuditEntry(tx, {
        eventId,
        actor: { type: "system", id: null },
        action: "signup.promoted",
        entityType: "Signup",
        entityId: signup.id,
        changes: { activityId: activity.id, from: "waitlisted", to: "confirmed", causedBy: cause },
      });
      await notifyAttendeeChange(tx, {
        eventId,
        attendee: signup.attendee,
        template: "waitlist-promoted",
        activityId: activity.id,
        actor: { type: "system", id: null },
      });
      promoted.push(signup.id);
    }
  }
  return promoted;
}
