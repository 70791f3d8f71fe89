import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { assertEventEditable } from "@/lib/events/assert-event-editable";
import { snapshotMembership } from "./snapshot-membership";

/**
 * Takes the member register again as the meeting's membership (administrators only), for a
 * change made after publishing that should count at this meeting; audited. Voting registers
 * already fixed keep what they were fixed with.
 */
export async function refreshMembership(staff: Staff | null, slug: string): Promise<{ members: number }> {
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "admin");
  assertEventEditable(event);
  return db.$transaction(async (tx) => {
    const members = await snapshotMembership(tx, event.id);
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "event.membership-taken",
      entityType: "Event",
      entityId: event.id,
      changes: { members },
    });
    return { members };
  });
}
