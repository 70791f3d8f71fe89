import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireAssociationAdmin, type Staff } from "@/lib/auth/staff-session";

/**
 * Removes a contact person from an organisation, audited. Invitations already sent stay valid:
 * their links were given out, and a registration made with one still speaks for the organisation.
 */
export async function removeMemberContact(staff: Staff | null, organisationId: string, contactId: string) {
  const admin = await requireAssociationAdmin(staff);
  await db.$transaction(async (tx) => {
    const removed = await tx.memberContact.deleteMany({ where: { id: contactId, organisationId } });
    if (removed.count === 0) throw new AppError("not_found", "no such contact");
    await writeAuditEntry(tx, {
      eventId: null,
      actor: { type: "staff", id: admin.userId },
      action: "contact.removed",
      entityType: "Organisation",
      entityId: organisationId,
      changes: { contactId },
    });
  });
}
