import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAssociationAdmin, type Staff } from "@/lib/auth/staff-session";
import type { ImportRow } from "./preview-register-import";

/** An uploaded register's preview, for the administrator who uploaded it. */
export async function getRegisterImport(staff: Staff | null, id: string) {
  const admin = await requireAssociationAdmin(staff);
  const found = await db.memberImport.findFirst({ where: { id, createdById: admin.userId } });
  if (!found) throw new AppError("not_found", "no such import");
  const rows = found.rows as unknown as ImportRow[];
  return {
    id: found.id,
    fileName: found.fileName,
    rows,
    ready: rows.filter((row) => row.errors.length === 0).length,
  };
}
