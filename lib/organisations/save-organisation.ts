import "server-only";
import { db } from "@/lib/db";
import { violatedUniqueConstraint } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { changedFields } from "@/lib/audit/changed-fields";
import { requireAssociationAdmin, type Staff } from "@/lib/auth/staff-session";
import type { OrganisationInput } from "@/lib/validation/organisation";

/**
 * Adds an organisation to the member register, or changes one (`id`), audited; association
 * administrators only. A fixed voting register keeps the names and votes it was fixed with, so a
 * change here never rewrites one.
 */
export async function saveOrganisation(
  staff: Staff | null,
  input: OrganisationInput,
  id?: string,
): Promise<{ id: string }> {
  const admin = await requireAssociationAdmin(staff);
  try {
    return await db.$transaction(async (tx) => {
      const before = id ? await tx.organisation.findUnique({ where: { id } }) : null;
      if (id && !before) throw new AppError("not_found", "no such organisation");
      const saved = before
        ? await tx.organisation.update({ where: { id: before.id }, data: input })
        : await tx.organisation.create({ data: input });
      await writeAuditEntry(tx, {
        eventId: null,
        actor: { type: "staff", id: admin.userId },
        action: before ? "organisation.changed" : "organisation.added",
        entityType: "Organisation",
        entityId: saved.id,
        changes: {
          fields: before ? changedFields(before, input) : Object.keys(input),
        },
      });
      return { id: saved.id };
    });
  } catch (error) {
    const constraint = violatedUniqueConstraint(error);
    if (constraint === "Organisation_name_key") {
      throw new AppError("validation", "name taken", [{ field: "name", code: "organisationNameTaken" }]);
    }
    if (constraint === "Organisation_orgNumber_key") {
      throw new AppError("validation", "org number taken", [{ field: "orgNumber", code: "orgNumberTaken" }]);
    }
    throw error;
  }
}
