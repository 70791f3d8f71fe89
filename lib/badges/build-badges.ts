import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { checkInCodeFor, checkInUrl } from "@/lib/check-in/check-in-code";
import { createFormatter } from "next-intl";
import { dateRangeFormat } from "@/lib/i18n/date-range";
import { TIME_ZONE, type AppLocale } from "@/lib/i18n/routing";
import { writeBadgesPdf } from "./write-badges-pdf";

/**
 * Badges for every active attendee (sorted by organisation, as they are handed out) or for one
 * late arrival, each with the QR code of their check-in. Taking them is audited like an export.
 */
export async function buildBadges(
  staff: Staff | null,
  input: { slug: string; locale: AppLocale; attendeeId?: string },
) {
  const event = await db.event.findUnique({ where: { slug: input.slug } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "viewer");
  const attendees = await db.attendee.findMany({
    where: { eventId: event.id, status: "active", ...(input.attendeeId ? { id: input.attendeeId } : {}) },
    orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, title: true, organisation: { select: { name: true } } },
  });
  if (input.attendeeId && attendees.length === 0) throw new AppError("not_found", "no such attendee");
  await db.$transaction((tx) =>
    writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "export.badges",
      entityType: input.attendeeId ? "Attendee" : "Event",
      entityId: input.attendeeId ?? event.id,
      changes: { badges: attendees.length },
    }),
  );
  const name = input.locale === "sv" ? event.nameSv : event.nameEn;
  const format = createFormatter({ locale: input.locale, timeZone: TIME_ZONE });
  const stream = writeBadgesPdf({
    single: Boolean(input.attendeeId),
    eventLine: `${name} · ${format.dateTimeRange(event.startsAt, event.endsAt, dateRangeFormat)}`,
    badges: attendees.map((attendee) => ({
      name: attendee.name,
      title: attendee.title,
      organisation: attendee.organisation.name,
      qrText: checkInUrl(checkInCodeFor(attendee.id)),
    })),
  });
  return {
    stream,
    fileName: input.attendeeId ? `badge-${attendees[0]!.id.slice(0, 8)}` : `badges-${event.slug}`,
  };
}
