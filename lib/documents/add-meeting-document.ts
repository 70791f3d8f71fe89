import "server-only";
import { db, queriesIn } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { loadEditableEvent } from "@/lib/events/load-editable-event";
import { isPdf, pdfFileName } from "@/lib/http/pdf-file";
import type { MeetingDocumentInput } from "@/lib/validation/meeting-document";

/** The largest document accepted: an annual report with pictures. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Documents per meeting: the statutory papers and a few motions. */
export const MAX_DOCUMENTS = 30;

const refuse = (
  code: "documentMissing" | "documentTooLarge" | "documentType" | "documentsTooMany",
  max?: number,
) => new AppError("validation", code, [{ field: "document", code, ...(max ? { params: { max } } : {}) }]);

/** Adds a PDF to the meeting's papers (administrators); audited without the file. */
export async function addMeetingDocument(
  staff: Staff | null,
  slug: string,
  input: MeetingDocumentInput,
  file: { name: string; bytes: Uint8Array },
): Promise<{ id: string }> {
  const event = await loadEditableEvent(staff, slug);
  if (file.bytes.length === 0) throw refuse("documentMissing");
  if (file.bytes.length > MAX_DOCUMENT_BYTES)
    throw refuse("documentTooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024);
  if (!isPdf(file.bytes)) throw refuse("documentType");
  return db.$transaction(async (tx) => {
    // Serialises two uploads, so the cap holds.
    await queriesIn(tx).selectFrom("Event").select("id").where("id", "=", event.id).forUpdate().execute();
    if ((await tx.meetingDocument.count({ where: { eventId: event.id } })) >= MAX_DOCUMENTS)
      throw refuse("documentsTooMany", MAX_DOCUMENTS);
    const fileName = pdfFileName(file.name, "dokument.pdf");
    const document = await tx.meetingDocument.create({
      data: {
        eventId: event.id,
        kind: input.documentKind,
        titleSv: input.titleSv,
        titleEn: input.titleEn,
        publishedAt: input.publishedAt,
        visibility: input.documentVisibility,
        fileName,
        data: Buffer.from(file.bytes),
      },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "document.added",
      entityType: "MeetingDocument",
      entityId: document.id,
      changes: {
        kind: input.documentKind,
        title: input.titleSv,
        fileName,
        bytes: file.bytes.length,
        visibility: input.documentVisibility,
        publishedAt: input.publishedAt.toISOString(),
      },
    });
    return document;
  });
}
