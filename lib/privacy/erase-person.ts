import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { cancelAttendeeInTx } from "@/lib/registrations/cancel-attendee";
import { anonymiseAttendeeInTx, anonymiseContactInTx } from "./anonymise-records";

/**
 * Erases one person on their request: their places are given up (the next on a waiting list gets
 * them) and everything identifying them is anonymised, including the registration's contact
 * details when they were its contact. Only admins may, and the audit log records that it happened.
 */
export async function erasePerson(staff: Staff | null, slug: string, attendeeId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const attendee = await tx.attendee.findUnique({
      where: { id: attendeeId },
      include: {
        event: { select: { slug: true } },
        registration: { select: { id: true, contactEmail: true } },
      },
    });
    if (!attendee || attendee.event.slug !== slug) throw new AppError("not_found", "no such attendee");
    await requireEventRole(staff, attendee.eventId, "admin");
    const actor = { type: "staff" as const, id: staff!.userId };
    if (attendee.status === "active") {
      await cancelAttendeeInTx(tx, { eventId: attendee.eventId, attendeeId, now, actor });
    }
    await anonymiseAttendeeInTx(tx, attendeeId);
    const wasContact = attendee.registration.contactEmail.toLowerCase() === attendee.email.toLowerCase();
    if (wasContact) await anonymiseContactInTx(tx, attendee.registration.id);
    await writeAuditEntry(tx, {
      eventId: attendee.eventId,
      actor,
      action: "attendee.erased",
      entityType: "Attendee",
      entityId: attendeeId,
      changes: { contactToo: wasContact },
    });
  });
}
