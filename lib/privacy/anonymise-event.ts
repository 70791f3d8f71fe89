import "server-only";
import { db, queriesIn } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry, type Actor } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { anonymiseAttendeeInTx, anonymiseContactInTx } from "./anonymise-records";

async function anonymise(eventId: string, actor: Actor, now: Date) {
  return db.$transaction(
    async (tx) => {
      // Locks the event, so the scheduled job and an admin pressing the button run once.
      const event = await queriesIn(tx)
        .selectFrom("Event")
        .select("anonymisedAt")
        .where("id", "=", eventId)
        .forUpdate()
        .executeTakeFirst();
      if (!event || event.anonymisedAt) return { attendees: 0, alreadyDone: true };
      const attendees = await tx.attendee.findMany({ where: { eventId }, select: { id: true } });
      for (const { id } of attendees) await anonymiseAttendeeInTx(tx, id);
      const registrations = await tx.registration.findMany({ where: { eventId }, select: { id: true } });
      for (const { id } of registrations) await anonymiseContactInTx(tx, id);
      await tx.registrationDraft.deleteMany({ where: { eventId } });
      await tx.mandate.deleteMany({ where: { eventId } });
      await tx.mandateRequest.deleteMany({ where: { eventId } });
      await tx.event.update({ where: { id: eventId }, data: { anonymisedAt: now } });
      await writeAuditEntry(tx, {
        eventId,
        actor,
        action: "event.anonymised",
        entityType: "Event",
        entityId: eventId,
        changes: { attendees: attendees.length, registrations: registrations.length },
      });
      return { attendees: attendees.length, alreadyDone: false };
    },
    { timeout: 120_000 },
  );
}

/** An admin anonymises the event now, before its retention date. */
export async function anonymiseEventEarly(staff: Staff | null, slug: string, now = new Date()) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true, endsAt: true } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "admin");
  // Before the meeting has ended, the data is still needed to hold it.
  if (event.endsAt > now) throw new AppError("conflict", "event has not ended", [], {}, "eventNotEnded");
  return anonymise(event.id, { type: "staff", id: staff!.userId }, now);
}

/** The scheduled job: every event past its retention date is anonymised, once. */
export async function anonymiseDueEvents(now = new Date()): Promise<number> {
  const due = await db.event.findMany({
    where: { retainUntil: { lte: now }, anonymisedAt: null },
    select: { id: true },
  });
  for (const { id } of due) await anonymise(id, { type: "system", id: null }, now);
  return due.length;
}
