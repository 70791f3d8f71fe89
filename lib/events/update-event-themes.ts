import "server-only";
import { loadEditableEvent } from "@/lib/events/load-editable-event";
import { db } from "@/lib/db";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import type { EventThemesInput } from "@/lib/validation/event-themes";

/** Replaces the meeting's themes, in the order given (administrators only); audited. */
export async function updateEventThemes(staff: Staff | null, slug: string, themes: EventThemesInput) {
  const event = await loadEditableEvent(staff, slug);
  await db.$transaction(async (tx) => {
    await tx.event.update({ where: { id: event.id }, data: { themes } });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "event.themes-changed",
      entityType: "Event",
      entityId: event.id,
      changes: { themes: themes.length },
    });
  });
}
