import "server-only";
import { db, queriesIn } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { readLiveRegister } from "./read-live-register";

/**
 * Fixes (fastställer) the voting register from those checked in at the annual meeting who vote
 * for a member: its ombud, or its substitute in the ombud's absence, each with the mandate's standing. The stored version never changes afterwards; fixing again makes a new version, which
 * needs a reason.
 */
export async function fixVotingRegister(
  staff: Staff | null,
  input: { slug: string; reason?: string; now?: Date },
): Promise<{ version: number }> {
  const reason = input.reason?.trim() ?? "";
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (!event) throw new AppError("not_found", "no such event");
    await requireEventRole(staff, event.id, "staff");
    // Serialises two staff fixing at once, so versions follow one another.
    await queriesIn(tx).selectFrom("Event").select("id").where("id", "=", event.id).forUpdate().execute();
    const latest = await tx.votingRegister.findFirst({
      where: { eventId: event.id },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    if (latest && !reason) {
      throw new AppError("validation", "reason needed", [{ field: "reason", code: "reasonRequired" }]);
    }
    const present = (await readLiveRegister(event.id, tx)).filter((row) => row.checkedInAt && row.delegate);
    if (present.length === 0) {
      throw new AppError("validation", "nobody checked in", [{ field: "reason", code: "registerEmpty" }]);
    }
    const version = (latest?.version ?? 0) + 1;
    const register = await tx.votingRegister.create({
      data: {
        eventId: event.id,
        version,
        fixedAt: input.now ?? new Date(),
        fixedById: staff!.userId,
        fixedBy: staff!.email,
        reason: latest ? reason : null,
        totalVotes: present.reduce((sum, row) => sum + row.votes, 0),
        entries: {
          create: present.map((row, index) => ({
            position: index + 1,
            organisationName: row.organisation,
            delegateName: row.delegate!,
            votes: row.votes,
            checkedInAt: row.checkedInAt!,
            delegateRole: row.role,
            mandate: row.mandate,
          })),
        },
      },
    });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "voting-register.fixed",
      entityType: "VotingRegister",
      entityId: register.id,
      changes: { version, totalVotes: register.totalVotes, members: present.length, reason: register.reason },
    });
    return { version };
  });
}
