import "server-only";
import { db, LOCKING_TRANSACTION } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { OmbudInput } from "@/lib/validation/mandate";
import { notifyAttendeeChange } from "@/lib/registrations/notify-attendee-change";
import { openMemberVote, type VoteActor } from "./open-member-vote";

/**
 * Names the member's ombud among its people confirmed for the annual meeting, or removes the
 * ombud. Replacing or removing one needs a reason, which the audit row keeps; a substitute named
 * ombud stops being the substitute. A register already fixed stays as it is: a new version shows
 * the change.
 */
export async function replaceOmbud(actor: VoteActor, input: OmbudInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const vote = await openMemberVote(tx, actor, { now, personChange: true });
    // An ombud who no longer attends the meeting still holds the vote until replaced.
    const holder = vote.ombud;
    const chosen = input.ombudId ? vote.candidates.find((person) => person.id === input.ombudId) : null;
    if (input.ombudId && !chosen)
      throw new AppError("validation", "not attending", [{ field: "ombudId", code: "ombudNotAttending" }]);
    if ((holder?.id ?? null) === (chosen?.id ?? null))
      throw new AppError("validation", "unchanged", [{ field: "ombudId", code: "ombudUnchanged" }]);
    if (holder && !input.reason)
      throw new AppError("validation", "reason needed", [{ field: "reason", code: "ombudReasonRequired" }]);
    if (holder) await tx.attendee.update({ where: { id: holder.id }, data: { isVotingDelegate: false } });
    if (chosen)
      await tx.attendee.update({
        where: { id: chosen.id },
        data: { isVotingDelegate: true, isSubstitute: false },
      });
    await writeAuditEntry(tx, {
      eventId: vote.event.id,
      actor: vote.actor,
      action: holder ? "mandate.ombud-replaced" : "mandate.ombud-named",
      entityType: "Organisation",
      entityId: vote.organisation.id,
      changes: { from: holder?.name ?? null, to: chosen?.name ?? null, reason: input.reason || null },
    });
    // Both people hear of it, each with their own link, as after any change to their place.
    const told = await tx.attendee.findMany({
      where: { id: { in: [holder?.id, chosen?.id].filter((id): id is string => Boolean(id)) } },
      select: { id: true, email: true, locale: true, registrationId: true },
    });
    for (const attendee of told)
      await notifyAttendeeChange(tx, {
        eventId: vote.event.id,
        attendee,
        template: "attendee-changed",
        actor: vote.actor,
      });
  }, LOCKING_TRANSACTION);
}
