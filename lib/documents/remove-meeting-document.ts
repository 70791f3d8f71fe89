import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { loadEditableEvent } from "@/lib/events/load-editable-event";

/** Removes one of the meeting's papers (administrators); audited. */
export async function removeMeetingDocument(staff: Staff | null, slug: string, documentId: string) {
  const event = await loadEditableEvent(staff, slug);
  await db.$transaction(async (tx) => {
    const removed = await tx.meetingDocument.deleteMany({ where: { id: documentId, eventId: event.id } });
    if (removed.count === 0) throw new AppError("not_found", "no such document");
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "document.removed",
      entityType: "MeetingDocument",
      entityId: documentId,
    });
  });
}
