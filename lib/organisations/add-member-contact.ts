import "server-only";
import { db, queriesIn } from "@/lib/db";
import { violatedUniqueConstraint } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireAssociationAdmin, type Staff } from "@/lib/auth/staff-session";
import { MAX_CONTACTS, type MemberContactInput } from "@/lib/validation/member-contact";

/** Adds a contact person to an organisation of the register, audited; association administrators only. */
export async function addMemberContact(
  staff: Staff | null,
  organisationId: string,
  input: MemberContactInput,
) {
  const admin = await requireAssociationAdmin(staff);
  try {
    return await db.$transaction(async (tx) => {
      // The organisation's row is locked so two adds at once cannot both pass the cap.
      const [organisation] = await queriesIn(tx)
        .selectFrom("Organisation")
        .select("id")
        .where("id", "=", organisationId)
        .forUpdate()
        .execute();
      if (!organisation) throw new AppError("not_found", "no such organisation");
      if ((await tx.memberContact.count({ where: { organisationId } })) >= MAX_CONTACTS) {
        throw new AppError("validation", "too many contacts", [
          { field: "email", code: "tooManyContacts", params: { max: MAX_CONTACTS } },
        ]);
      }
      const contact = await tx.memberContact.create({ data: { organisationId, ...input } });
      await writeAuditEntry(tx, {
        eventId: null,
        actor: { type: "staff", id: admin.userId },
        action: "contact.added",
        entityType: "Organisation",
        entityId: organisationId,
        changes: { contactId: contact.id },
      });
      return { id: contact.id };
    });
  } catch (error) {
    if (violatedUniqueConstraint(error) === "MemberContact_organisationId_email_key") {
      throw new AppError("validation", "contact exists", [{ field: "email", code: "contactTaken" }]);
    }
    throw error;
  }
}
