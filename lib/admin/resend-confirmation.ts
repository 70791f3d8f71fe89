import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { hashToken, newToken } from "@/lib/registrations/tokens";

/**
 * Sends an attendee their confirmation again. Only hashes of private links are stored, so the
 * mail carries a new link and the old ones stop working, which also helps when a link has leaked.
 */
export async function resendConfirmation(staff: Staff | null, attendeeId: string) {
  await db.$transaction(async (tx) => {
    const attendee = await tx.attendee.findUnique({ where: { id: attendeeId } });
    if (!attendee || attendee.status !== "active") throw new AppError("not_found", "no such attendee");
    await requireEventRole(staff, attendee.eventId, "staff");
    const token = newToken();
    await tx.attendee.update({ where: { id: attendeeId }, data: { manageTokenHash: hashToken(token) } });
    // Every link a later mail carried goes too: the new confirmation's is the only one that works.
    await tx.manageLink.deleteMany({ where: { attendeeId } });
    await enqueueEmail(tx, {
      eventId: attendee.eventId,
      recipient: attendee.email,
      locale: attendee.locale,
      template: "attendee-confirmation",
      payload: { attendeeId, manageToken: token },
    });
    await writeAuditEntry(tx, {
      eventId: attendee.eventId,
      actor: { type: "staff", id: staff!.userId },
      action: "attendee.confirmation-resent",
      entityType: "Attendee",
      entityId: attendeeId,
    });
  });
}
