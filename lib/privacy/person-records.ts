import "server-only";
import { db } from "@/lib/db";
import { writeAuditEntry, type Actor } from "@/lib/audit/write-audit-entry";

/**
 * What a request for access (GDPR art. 15) returns besides a person's own fields: the mails sent
 * to their address at the event and the audit log about them. Reading them is audited as `action`.
 */
export async function personRecords(input: {
  eventId: string;
  email: string;
  entityType: "Attendee" | "Registration";
  entityId: string;
  action: string;
  actor: Actor;
}) {
  const [emails, history] = await Promise.all([
    db.outboxEmail.findMany({
      where: { eventId: input.eventId, recipient: input.email },
      orderBy: { createdAt: "asc" },
      select: { template: true, status: true, createdAt: true, sentAt: true },
    }),
    db.auditEntry.findMany({
      where: { entityId: input.entityId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, action: true, actorType: true, changes: true },
    }),
  ]);
  await db.$transaction((tx) =>
    writeAuditEntry(tx, {
      eventId: input.eventId,
      actor: input.actor,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
    }),
  );
  return { emails, history };
}
