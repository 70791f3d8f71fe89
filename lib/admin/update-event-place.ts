import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertMemberHost } from "@/lib/organisations/assert-member-host";
import { assertEventEditable } from "@/lib/events/assert-event-editable";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { changedFields } from "@/lib/audit/changed-fields";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { formatStockholm } from "@/lib/i18n/stockholm-time";
import { messagesFor } from "@/lib/i18n/messages";
import { enqueueEmails } from "@/lib/mail/enqueue-email";
import type { EventPlaceInput } from "@/lib/validation/event-settings";

/** The fields whose change everyone registered may need to hear about. */
const TOLD: (keyof EventPlaceInput)[] = ["startsAt", "endsAt", "city", "venueName", "venueAddress"];

/**
 * Changes where and when the meeting is, its host, contact address and retention date (admins
 * only), with the change in the audit log. When the time or place changed and the administrator
 * asks for it, everyone registered is told, in their language, in the same transaction.
 * Returns how many were told.
 */
export async function updateEventPlace(staff: Staff | null, slug: string, input: EventPlaceInput) {
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "admin");
  assertEventEditable(event);
  await assertMemberHost(input.hostOrganisationId);
  const { notifyRegistered, ...fields } = input;
  const changed = changedFields(event, fields);
  const moved = changed.some((key) => TOLD.includes(key));
  return db.$transaction(async (tx) => {
    await tx.event.update({ where: { id: event.id }, data: fields });
    const attendees =
      notifyRegistered && moved
        ? await tx.attendee.findMany({
            where: { eventId: event.id, status: "active" },
            select: { id: true, email: true, locale: true },
          })
        : [];
    const translators = {
      sv: createTranslator({ locale: "sv", messages: messagesFor("sv"), namespace: "emails.placeChanged" }),
      en: createTranslator({ locale: "en", messages: messagesFor("en"), namespace: "emails.placeChanged" }),
    };
    await enqueueEmails(
      tx,
      attendees.map((attendee) => {
        const t = translators[attendee.locale];
        const values = {
          event: attendee.locale === "en" ? event.nameEn : event.nameSv,
          starts: formatStockholm(fields.startsAt),
          ends: formatStockholm(fields.endsAt),
          place: `${fields.venueName}, ${fields.venueAddress}, ${fields.city}`,
          contact: fields.contactEmail,
        };
        return {
          eventId: event.id,
          recipient: attendee.email,
          locale: attendee.locale,
          template: "staff-message" as const,
          payload: { attendeeId: attendee.id, subject: t("subject", values), body: t("body", values) },
        };
      }),
    );
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "event.place-changed",
      entityType: "Event",
      entityId: event.id,
      changes: { fields: changed, told: attendees.length },
    });
    return { told: attendees.length };
  });
}
