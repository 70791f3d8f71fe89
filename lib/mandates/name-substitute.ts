import "server-only";
import { db, LOCKING_TRANSACTION } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { SubstituteInput } from "@/lib/validation/mandate";
import { openMemberVote, type VoteActor } from "./open-member-vote";

/**
 * Names the member's substitute (ersättare) for the annual meeting, or none: one of its people
 * confirmed for the meeting, not the ombud. Audited with both names.
 */
export async function nameSubstitute(actor: VoteActor, input: SubstituteInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const vote = await openMemberVote(tx, actor, { now, personChange: true });
    const current = vote.substitute;
    const chosen = input.substituteId
      ? vote.candidates.find((person) => person.id === input.substituteId)
      : null;
    if (input.substituteId && !chosen)
      throw new AppError("validation", "not attending", [
        { field: "substituteId", code: "substituteNotAttending" },
      ]);
    if (chosen?.isVotingDelegate)
      throw new AppError("validation", "is the ombud", [
        { field: "substituteId", code: "substituteIsOmbud" },
      ]);
    if ((current?.id ?? null) === (chosen?.id ?? null)) return;
    await tx.attendee.updateMany({
      where: { eventId: vote.event.id, organisationId: vote.organisation.id, isSubstitute: true },
      data: { isSubstitute: false },
    });
    if (chosen) await tx.attendee.update({ where: { id: chosen.id }, data: { isSubstitute: true } });
    await writeAuditEntry(tx, {
      eventId: vote.event.id,
      actor: vote.actor,
      action: "mandate.substitute-named",
      entityType: "Organisation",
      entityId: vote.organisation.id,
      changes: { from: current?.name ?? null, to: chosen?.name ?? null },
    });
  }, LOCKING_TRANSACTION);
}
