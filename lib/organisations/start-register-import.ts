import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireAssociationAdmin, type Staff } from "@/lib/auth/staff-session";
import { previewRegisterImport } from "./preview-register-import";
import { readRegisterFile } from "./read-register-file";

/**
 * Reads an uploaded register (CSV or XLSX) and keeps its preview for the administrator to look
 * at before anything is imported; association administrators only. Returns the preview's id.
 */
export async function startRegisterImport(staff: Staff | null, fileName: string, bytes: Uint8Array) {
  const admin = await requireAssociationAdmin(staff);
  const rows = await readRegisterFile(bytes);
  const existing = await db.organisation.findMany({ select: { id: true, name: true, orgNumber: true } });
  const preview = previewRegisterImport(rows, existing);
  if (!preview.columnsFound)
    throw new AppError("validation", "no name column", [{ field: "file", code: "importColumns" }]);
  const saved = await db.memberImport.create({
    data: {
      createdById: admin.userId,
      fileName: fileName.slice(0, 200),
      rows: preview.rows as unknown as Prisma.InputJsonValue,
    },
  });
  return { id: saved.id };
}
