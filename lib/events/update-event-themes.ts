import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import type { EventThemesInput } from "@/lib/validation/event-themes";
import { assertEventEditable } from "./assert-event-editable";

/** Replaces the meeting's themes, in the order given (administrators only); audited. */
export async function updateEventThemes(staff: Staff | null, slug: string, themes: EventThemesInput) {
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "admin");
  assertEventEditable(event);
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
