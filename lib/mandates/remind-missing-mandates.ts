import "server-only";
import { randomUUID } from "node:crypto";
import { db, LOCKING_TRANSACTION } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { enqueueEmails } from "@/lib/mail/enqueue-email";
import { fromStockholmLocal, stockholmDay } from "@/lib/i18n/stockholm-time";
import { readLiveRegister } from "@/lib/voting-register/read-live-register";
import { mandateTokenHash } from "./mandate-token";

/**
 * Asks every contact of the register of each member whose ombud is named but whose mandate is
 * missing to confirm it, each through a one-time link of their own that works until the annual
 * meeting starts. Once a day at most per contact, however often it is clicked. Event staff may do it.
 */
export async function remindMissingMandates(
  staff: Staff | null,
  slug: string,
  now = new Date(),
): Promise<{ mails: number; organisations: number; withoutContact: number }> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({
      where: { slug },
      select: {
        id: true,
        status: true,
        activities: { where: { kind: "annual_meeting", cancelledAt: null }, select: { startsAt: true } },
      },
    });
    if (!event) throw new AppError("not_found", "no such event");
    await requireEventRole(staff, event.id, "staff");
    const meeting = event.activities[0];
    if (!meeting || event.status === "archived" || event.status === "draft" || meeting.startsAt <= now)
      throw new AppError("conflict", "no meeting ahead", [], {}, "mandatesClosed");
    const missing = (await readLiveRegister(event.id, tx)).filter(
      (row) => row.ombud && row.mandate === "missing",
    );
    const contacts = await tx.memberContact.findMany({
      where: { organisationId: { in: missing.map((row) => row.organisationId) } },
      select: { organisationId: true, email: true, locale: true },
    });
    const dayStart = fromStockholmLocal(`${stockholmDay(now)}T00:00`)!;
    const asked = await tx.mandateRequest.findMany({
      where: { eventId: event.id, createdAt: { gte: dayStart } },
      select: { organisationId: true, email: true },
    });
    const askedToday = new Set(asked.map((row) => `${row.organisationId} ${row.email}`));
    const requests = contacts
      .filter((contact) => !askedToday.has(`${contact.organisationId} ${contact.email}`))
      .map((contact) => {
        const id = randomUUID();
        return {
          id,
          eventId: event.id,
          organisationId: contact.organisationId,
          email: contact.email,
          locale: contact.locale,
          tokenHash: mandateTokenHash(id),
          createdAt: now,
          expiresAt: meeting.startsAt,
        };
      });
    await tx.mandateRequest.createMany({ data: requests });
    await enqueueEmails(
      tx,
      requests.map((request) => ({
        eventId: event.id,
        recipient: request.email,
        locale: request.locale,
        template: "mandate-request" as const,
        payload: { mandateRequestId: request.id },
      })),
    );
    const reached = new Set(contacts.map((contact) => contact.organisationId));
    const result = {
      mails: requests.length,
      organisations: missing.length,
      withoutContact: missing.filter((row) => !reached.has(row.organisationId)).length,
    };
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "mandates.reminded",
      entityType: "Event",
      entityId: event.id,
      changes: result,
    });
    return result;
  }, LOCKING_TRANSACTION);
}
