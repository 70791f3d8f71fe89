import "server-only";
import { db } from "@/lib/db";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { notifyAttendeeChange } from "./notify-attendee-change";
import type { AttendeeDetailsUpdate } from "@/lib/validation/manage";
import { actorOf, loadForChange, type ManageAccess } from "./manage-access";

/** Edits an attendee's own details and needs (not the e-mail address, which identifies them). */
export async function updateAttendeeDetails(
  access: ManageAccess,
  attendeeId: string,
  input: AttendeeDetailsUpdate,
  now = new Date(),
) {
  await db.$transaction(async (tx) => {
    const { registration, attendee } = await loadForChange(tx, access, now, attendeeId);
    const data = { ...input, phone: input.phone || null };
    const changed = Object.fromEntries(
      Object.entries(data).filter(
        ([key, value]) => JSON.stringify(attendee![key as keyof typeof attendee]) !== JSON.stringify(value),
      ),
    );
    if (Object.keys(changed).length === 0) return;
    await tx.attendee.update({ where: { id: attendeeId }, data });
    await writeAuditEntry(tx, {
      eventId: registration.eventId,
      actor: actorOf(access),
      action: "attendee.details-changed",
      entityType: "Attendee",
      entityId: attendeeId,
      changes: { fields: Object.keys(changed) },
    });
    await notifyAttendeeChange(tx, {
      eventId: registration.eventId,
      attendee: attendee!,
      template: "attendee-changed",
      actor: actorOf(access),
    });
  });
}
