import "server-only";
import { db, LOCKING_TRANSACTION } from "@/lib/db";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { enqueueEmails } from "@/lib/mail/enqueue-email";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Queues each published meeting's notice (its newest published document of kind notice) to every
 * contact of the register of every member, once, when the meeting is its set number of weeks
 * away. Run with the reminders by the outbox worker; a notice uploaded late goes at the next run.
 */
export async function sendDueNotices(now = new Date()): Promise<number> {
  const due = await db.event.findMany({
    where: {
      status: { in: ["open", "closed"] },
      noticeSentAt: null,
      startsAt: { gt: now },
      documents: { some: { kind: "notice", publishedAt: { lte: now } } },
    },
    select: { id: true, startsAt: true, noticeWeeksBefore: true },
  });
  let queued = 0;
  for (const event of due.filter(
    (row) => row.startsAt.getTime() - row.noticeWeeksBefore * WEEK_MS <= now.getTime(),
  )) {
    queued += await db.$transaction(async (tx) => {
      // Claims the event, so two workers queue its notice once.
      const claimed = await tx.event.updateMany({
        where: { id: event.id, noticeSentAt: null },
        data: { noticeSentAt: now },
      });
      if (claimed.count === 0) return 0;
      const notice = await tx.meetingDocument.findFirstOrThrow({
        where: { eventId: event.id, kind: "notice", publishedAt: { lte: now } },
        orderBy: { publishedAt: "desc" },
        select: { id: true },
      });
      const snapshot = await tx.eventMembership.findMany({
        where: { eventId: event.id },
        select: { organisationId: true },
      });
      const contacts = await tx.memberContact.findMany({
        where: {
          organisation:
            snapshot.length > 0
              ? { id: { in: snapshot.map((row) => row.organisationId) } }
              : { isMember: true },
        },
        select: { email: true, locale: true },
      });
      await enqueueEmails(
        tx,
        contacts.map((contact) => ({
          eventId: event.id,
          recipient: contact.email,
          locale: contact.locale,
          template: "meeting-notice" as const,
          payload: { documentId: notice.id },
          dedupeKey: `notice:${event.id}:${contact.email.toLowerCase()}`,
        })),
      );
      await writeAuditEntry(tx, {
        eventId: event.id,
        actor: { type: "system", id: null },
        action: "documents.notice-sent",
        entityType: "MeetingDocument",
        entityId: notice.id,
        changes: { contacts: contacts.length },
      });
      return contacts.length;
    }, LOCKING_TRANSACTION);
  }
  return queued;
}
