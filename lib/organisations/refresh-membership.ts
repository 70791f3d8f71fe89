import "server-only";
import { loadEditableEvent } from "@/lib/events/load-editable-event";
import { db } from "@/lib/db";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { snapshotMembership } from "./snapshot-membership";

/**
 * Takes the member register again as the meeting's membership (administrators only), for a
 * change made after publishing that should count at this meeting; audited. Voting registers
 * already fixed keep what they were fixed with.
 */
export async function refreshMembership(staff: Staff | null, slug: string): Promise<{ members: number }> {
  const event = await loadEditableEvent(staff, slug);
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
