import "server-only";
import { loadEditableEvent } from "@/lib/events/load-editable-event";
import { createTranslator } from "next-intl";
import { db, LOCKING_TRANSACTION, queriesIn } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { formatStockholm } from "@/lib/i18n/stockholm-time";
import { messagesFor } from "@/lib/i18n/messages";
import { enqueueEmails } from "@/lib/mail/enqueue-email";
import { lockActivities } from "@/lib/registrations/activity-capacity";

export type ActivityRemoval = { outcome: "deleted" | "cancelled"; told: number };

/**
 * Takes an activity off the programme (administrators only). One nobody has ever signed up for
 * is deleted. Otherwise it is cancelled: it stays for the record, hidden from the public, every
 * place in it (waiting lists included) is cancelled, and everyone who held one is told in their
 * language, in the same transaction. Audited either way.
 */
export async function removeActivity(
  staff: Staff | null,
  slug: string,
  activityId: string,
): Promise<ActivityRemoval> {
  const event = await loadEditableEvent(staff, slug);
  const actor = { type: "staff" as const, id: staff!.userId };
  return db.$transaction(async (tx) => {
    await lockActivities(queriesIn(tx), [activityId]);
    const activity = await tx.activity.findFirst({ where: { id: activityId, eventId: event.id } });
    if (!activity) throw new AppError("not_found", "no such activity");
    if (activity.cancelledAt) {
      throw new AppError("conflict", "already cancelled", [], {}, "activityAlreadyCancelled");
    }
    if ((await tx.signup.count({ where: { activityId } })) === 0) {
      await tx.activity.delete({ where: { id: activityId } });
      await writeAuditEntry(tx, {
        eventId: event.id,
        actor,
        action: "activity.deleted",
        entityType: "Activity",
        entityId: activityId,
        changes: { key: activity.key, nameSv: activity.nameSv },
      });
      return { outcome: "deleted", told: 0 };
    }
    const holders = await tx.signup.findMany({
      where: { activityId, status: { not: "cancelled" }, attendee: { status: "active" } },
      select: { attendee: { select: { id: true, email: true, locale: true } } },
    });
    await tx.signup.updateMany({
      where: { activityId, status: { not: "cancelled" } },
      data: { status: "cancelled", queueNumber: null },
    });
    await tx.activity.update({ where: { id: activityId }, data: { cancelledAt: new Date() } });
    const translators = {
      sv: createTranslator({
        locale: "sv",
        messages: messagesFor("sv"),
        namespace: "emails.activityCancelled",
      }),
      en: createTranslator({
        locale: "en",
        messages: messagesFor("en"),
        namespace: "emails.activityCancelled",
      }),
    };
    await enqueueEmails(
      tx,
      holders.map(({ attendee }) => {
        const t = translators[attendee.locale];
        const values = {
          activity: attendee.locale === "en" ? activity.nameEn : activity.nameSv,
          event: attendee.locale === "en" ? event.nameEn : event.nameSv,
          starts: formatStockholm(activity.startsAt),
          contact: event.contactEmail,
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
      actor,
      action: "activity.cancelled",
      entityType: "Activity",
      entityId: activityId,
      changes: { key: activity.key, told: holders.length },
    });
    return { outcome: "cancelled", told: holders.length };
  }, LOCKING_TRANSACTION);
}
