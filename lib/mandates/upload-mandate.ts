import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { isPdf, pdfFileName } from "@/lib/http/pdf-file";
import { openMemberVote, type VoteActor } from "./open-member-vote";

/** The largest mandate accepted: a scanned page or two. */
export const MAX_MANDATE_BYTES = 5 * 1024 * 1024;

const refuse = (
  code: "mandateMissing" | "mandateTooLarge" | "mandateType" | "mandateNeedsOmbud",
  max?: number,
) => new AppError("validation", code, [{ field: "mandate", code, ...(max ? { params: { max } } : {}) }]);

/**
 * Records the member's mandate as an uploaded PDF naming its ombud and substitute of the moment;
 * a later upload replaces it. Audited without the file.
 */
export async function uploadMandate(
  actor: VoteActor,
  file: { name: string; bytes: Uint8Array },
  now = new Date(),
) {
  if (file.bytes.length === 0) throw refuse("mandateMissing");
  if (file.bytes.length > MAX_MANDATE_BYTES) throw refuse("mandateTooLarge", MAX_MANDATE_BYTES / 1024 / 1024);
  if (!isPdf(file.bytes)) throw refuse("mandateType");
  await db.$transaction(async (tx) => {
    const vote = await openMemberVote(tx, actor, { now, personChange: false });
    if (!vote.ombud) throw refuse("mandateNeedsOmbud");
    const fileName = pdfFileName(file.name, "fullmakt.pdf");
    const record = {
      kind: "upload" as const,
      ombudId: vote.ombud.id,
      ombudName: vote.ombud.name,
      substituteId: vote.substitute?.id ?? null,
      substituteName: vote.substitute?.name ?? null,
      fileName,
      data: Buffer.from(file.bytes),
      recordedBy: vote.email,
      recordedAt: now,
    };
    await tx.mandate.upsert({
      where: { eventId_organisationId: { eventId: vote.event.id, organisationId: vote.organisation.id } },
      create: { eventId: vote.event.id, organisationId: vote.organisation.id, ...record },
      update: record,
    });
    await writeAuditEntry(tx, {
      eventId: vote.event.id,
      actor: vote.actor,
      action: "mandate.uploaded",
      entityType: "Organisation",
      entityId: vote.organisation.id,
      changes: {
        fileName,
        bytes: file.bytes.length,
        ombud: vote.ombud.name,
        substitute: vote.substitute?.name ?? null,
      },
    });
  });
}
