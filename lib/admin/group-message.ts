import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { db } from "@/lib/db";
import { kysely } from "@/lib/sql";
import { enqueueEmails } from "@/lib/mail/enqueue-email";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import type { GroupMessageInput } from "@/lib/validation/group-message";

async function eventFor(staff: Staff | null, slug: string) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "staff");
  return event;
}

function recipientsWhere(
  eventId: string,
  input: Pick<GroupMessageInput, "activityId" | "organisationId">,
): Prisma.AttendeeWhereInput {
  return {
    eventId,
    status: "active",
    ...(input.organisationId ? { organisationId: input.organisationId } : {}),
    ...(input.activityId
      ? { signups: { some: { activityId: input.activityId, status: { not: "cancelled" } } } }
      : {}),
  };
}

/** How many attendees a message to this group would reach (staff and up). */
export async function countGroupRecipients(
  staff: Staff | null,
  slug: string,
  input: Pick<GroupMessageInput, "activityId" | "organisationId">,
) {
  const event = await eventFor(staff, slug);
  return db.attendee.count({ where: recipientsWhere(event.id, input) });
}

/**
 * Writes one outbox mail per attendee in the group, in their language, under one mailing id whose
 * delivery the page follows. The dedupe key keeps a double click from mailing anyone twice.
 */
export async function sendGroupMessage(
  staff: Staff | null,
  slug: string,
  input: GroupMessageInput,
  mailingId: string = randomUUID(),
) {
  const event = await eventFor(staff, slug);
  return db.$transaction(async (tx) => {
    const attendees = await tx.attendee.findMany({
      where: recipientsWhere(event.id, input),
      select: { id: true, email: true, locale: true },
    });
    await enqueueEmails(
      tx,
      attendees.map((attendee) => {
        const english = attendee.locale === "en" && input.subjectEn && input.bodyEn;
        return {
          eventId: event.id,
          recipient: attendee.email,
          locale: attendee.locale,
          template: "staff-message",
          payload: {
            mailingId,
            attendeeId: attendee.id,
            subject: english ? input.subjectEn : input.subjectSv,
            body: english ? input.bodyEn : input.bodySv,
          },
          dedupeKey: `mailing:${mailingId}:${attendee.id}`,
        };
      }),
    );
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "message.sent",
      entityType: "Event",
      entityId: event.id,
      changes: {
        mailingId,
        recipients: attendees.length,
        activityId: input.activityId ?? null,
        organisationId: input.organisationId ?? null,
      },
    });
    return { mailingId, recipients: attendees.length };
  });
}

/** Delivery of one mailing so far: how many are sent, waiting and failed. */
export async function getMailingProgress(staff: Staff | null, slug: string, mailingId: string) {
  const event = await eventFor(staff, slug);
  const rows = await kysely
    .selectFrom("OutboxEmail")
    .select(["status", sql<number>`count(*)::int`.as("count")])
    .where("eventId", "=", event.id)
    .where(sql<string>`payload->>'mailingId'`, "=", mailingId)
    .groupBy("status")
    .execute();
  const count = (status: (typeof rows)[number]["status"]) =>
    rows.find((row) => row.status === status)?.count ?? 0;
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return {
    total,
    sent: count("sent"),
    failed: count("failed"),
    waiting: count("pending") + count("sending"),
  };
}
