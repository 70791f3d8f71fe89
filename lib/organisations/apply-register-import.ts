import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireAssociationAdmin, type Staff } from "@/lib/auth/staff-session";
import type { ImportRow } from "./preview-register-import";

/**
 * Imports the rows of a preview that had no errors, all in one transaction: new organisations are
 * added, known ones (by organisation number, else name) updated, contacts added where new. Rows
 * with errors are left out, as the preview said. Audited once, with the counts.
 */
export async function applyRegisterImport(staff: Staff | null, id: string) {
  const admin = await requireAssociationAdmin(staff);
  return db.$transaction(async (tx) => {
    const found = await tx.memberImport.findFirst({ where: { id, createdById: admin.userId } });
    if (!found) throw new AppError("validation", "import gone", [{ field: "file", code: "importGone" }]);
    const rows = (found.rows as unknown as ImportRow[]).filter(
      (row) => row.errors.length === 0 && row.organisation,
    );
    let added = 0;
    let updated = 0;
    let contacts = 0;
    for (const row of rows) {
      const data = row.organisation!;
      // Matched again now: the register may have changed since the preview.
      const match =
        (data.orgNumber
          ? await tx.organisation.findUnique({ where: { orgNumber: data.orgNumber } })
          : null) ??
        (await tx.organisation.findFirst({ where: { name: { equals: data.name, mode: "insensitive" } } }));
      const organisation = match
        ? await tx.organisation.update({ where: { id: match.id }, data })
        : await tx.organisation.create({ data });
      if (match) updated++;
      else added++;
      if (row.contact) {
        const created = await tx.memberContact.createMany({
          data: [{ organisationId: organisation.id, name: row.contact.name, email: row.contact.email }],
          skipDuplicates: true,
        });
        contacts += created.count;
      }
    }
    await tx.memberImport.delete({ where: { id } });
    await writeAuditEntry(tx, {
      eventId: null,
      actor: { type: "staff", id: admin.userId },
      action: "organisation.imported",
      entityType: "Organisation",
      entityId: id,
      changes: { file: found.fileName, added, updated, contacts },
    });
    return { added, updated, contacts };
  });
}
