import "server-only";
import { loadInvitableEvent } from "./load-invitable-event";
import { db, LOCKING_TRANSACTION } from "@/lib/db";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { enqueueEmails } from "@/lib/mail/enqueue-email";
import { ensureInvitations } from "./ensure-invitations";

/**
 * Invites the contacts of every organisation in the register that has no registration counting
 * for it at the meeting yet, each with a link that ties a registration to their organisation. A contact already
 * invited is not invited again (the reminder is for that). Published meetings only: the link
 * would lead to a closed form otherwise. Event administrators only.
 */
export async function sendInvitations(staff: Staff | null, eventSlug: string): Promise<{ sent: number }> {
  const eventId = await loadInvitableEvent(staff, eventSlug, "admin");
  return db.$transaction(async (tx) => {
    const organisations = await tx.organisation.findMany({
      where: {
        contacts: { some: {} },
        // A registration awaiting approval does not speak for the member: its contacts still hear.
        registrations: { none: { eventId, status: "active", approval: "approved" } },
      },
      select: { id: true },
    });
    const invitations = (
      await ensureInvitations(
        tx,
        eventId,
        organisations.map((organisation) => organisation.id),
      )
    ).filter((invitation) => invitation.isNew);
    await enqueueEmails(
      tx,
      invitations.map((invitation) => ({
        eventId,
        recipient: invitation.email,
        locale: invitation.locale,
        template: "invitation" as const,
        payload: { invitationId: invitation.id },
        dedupeKey: `invitation:${invitation.id}`,
      })),
    );
    await writeAuditEntry(tx, {
      eventId,
      actor: { type: "staff", id: staff!.userId },
      action: "invitations.sent",
      entityType: "Event",
      entityId: eventId,
      changes: { invitations: invitations.length },
    });
    return { sent: invitations.length };
  }, LOCKING_TRANSACTION);
}
