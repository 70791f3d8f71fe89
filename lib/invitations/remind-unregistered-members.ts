import "server-only";
import { loadInvitableEvent } from "./load-invitable-event";
import { db, LOCKING_TRANSACTION } from "@/lib/db";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { enqueueEmails } from "@/lib/mail/enqueue-email";
import { stockholmDay } from "@/lib/i18n/stockholm-time";
import { ensureInvitations } from "./ensure-invitations";

/**
 * Reminds the contacts of every member with no registration counting for it at the meeting, each with
 * their invitation link (the same link as before; one is made for a contact added since). Once a
 * day at most per invitation, however often it is clicked. Event staff may do it.
 */
export async function remindUnregisteredMembers(
  staff: Staff | null,
  eventSlug: string,
  now = new Date(),
): Promise<{ reminded: number; organisations: number }> {
  const eventId = await loadInvitableEvent(staff, eventSlug, "staff");
  return db.$transaction(async (tx) => {
    const organisations = await tx.organisation.findMany({
      where: {
        isMember: true,
        contacts: { some: {} },
        // A registration awaiting approval does not speak for the member: its contacts still hear.
        registrations: { none: { eventId, status: "active", approval: "approved" } },
      },
      select: { id: true },
    });
    const invitations = await ensureInvitations(
      tx,
      eventId,
      organisations.map((organisation) => organisation.id),
    );
    const day = stockholmDay(now);
    await enqueueEmails(
      tx,
      invitations.map((invitation) => ({
        eventId,
        recipient: invitation.email,
        locale: invitation.locale,
        template: "invitation" as const,
        payload: { invitationId: invitation.id, reminder: true },
        dedupeKey: `invitation-reminder:${invitation.id}:${day}`,
      })),
    );
    await tx.invitation.updateMany({
      where: { id: { in: invitations.map((invitation) => invitation.id) } },
      data: { remindedAt: now },
    });
    await writeAuditEntry(tx, {
      eventId,
      actor: { type: "staff", id: staff!.userId },
      action: "invitations.reminded",
      entityType: "Event",
      entityId: eventId,
      changes: { organisations: organisations.length, invitations: invitations.length },
    });
    return { reminded: invitations.length, organisations: organisations.length };
  }, LOCKING_TRANSACTION);
}
