import "server-only";
import { db } from "@/lib/db";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { loadEditableEvent } from "@/lib/events/load-editable-event";

/** How many weeks before the meeting its notice goes to the members' contacts (administrators). */
export async function updateNoticeSettings(
  staff: Staff | null,
  slug: string,
  input: { noticeWeeksBefore: number },
) {
  const event = await loadEditableEvent(staff, slug);
  await db.$transaction(async (tx) => {
    await tx.event.update({ where: { id: event.id }, data: { noticeWeeksBefore: input.noticeWeeksBefore } });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "event.notice-settings-changed",
      entityType: "Event",
      entityId: event.id,
      changes: { noticeWeeksBefore: { from: event.noticeWeeksBefore, to: input.noticeWeeksBefore } },
    });
  });
}
