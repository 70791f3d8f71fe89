import "server-only";
import { randomUUID } from "node:crypto";
import { db, LOCKING_TRANSACTION } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { enqueueEmails, isUndeliverable } from "@/lib/mail/enqueue-email";
import { eventThemes } from "./evaluation-themes";
import { evaluationTokenHash } from "./evaluation-token";

/**
 * Sends the evaluation to everyone checked in who has not had it, each in their language with a
 * link of their own. From the start of the meeting; event staff may do it, as often as people
 * keep arriving.
 */
export async function sendEvaluation(
  staff: Staff | null,
  slug: string,
  now = new Date(),
): Promise<{ sent: number }> {
  const event = await db.event.findUnique({
    where: { slug },
    select: { id: true, startsAt: true, themes: true, status: true },
  });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "staff");
  if (event.startsAt > now || event.status === "draft")
    throw new AppError("conflict", "too early", [], {}, "evaluationTooEarly");
  if (eventThemes(event.themes).length === 0)
    throw new AppError("conflict", "no themes", [], {}, "evaluationNoThemes");
  return db.$transaction(async (tx) => {
    const people = await tx.attendee.findMany({
      where: { eventId: event.id, status: "active", checkedInAt: { not: null } },
      select: { id: true, email: true, locale: true },
    });
    const had = new Set(
      (
        await tx.evaluationInvite.findMany({ where: { eventId: event.id }, select: { attendeeId: true } })
      ).map((invite) => invite.attendeeId),
    );
    const invites = people
      .filter((person) => !had.has(person.id) && !isUndeliverable(person.email))
      .map((person) => ({ person, id: randomUUID() }));
    await tx.evaluationInvite.createMany({
      data: invites.map(({ person, id }) => ({
        id,
        eventId: event.id,
        attendeeId: person.id,
        tokenHash: evaluationTokenHash(id),
      })),
    });
    await enqueueEmails(
      tx,
      invites.map(({ person, id }) => ({
        eventId: event.id,
        recipient: person.email,
        locale: person.locale,
        template: "evaluation" as const,
        payload: { inviteId: id },
      })),
    );
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "evaluation.sent",
      entityType: "Event",
      entityId: event.id,
      changes: { sent: invites.length },
    });
    return { sent: invites.length };
  }, LOCKING_TRANSACTION);
}
