import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import type { ProgrammeInput } from "@/lib/validation/programme";
import { loadEditableEvent } from "./load-editable-event";
import { meetingDays } from "./meeting-days";

/**
 * Replaces the meeting's programme points with those given (administrators only); audited. A point
 * on a day the meeting does not run is refused at its row, and nothing changes.
 */
export async function updateProgramme(staff: Staff | null, slug: string, items: ProgrammeInput) {
  const event = await loadEditableEvent(staff, slug);
  const days = new Set(meetingDays(event));
  const outside = items.filter((item) => !days.has(item.day));
  if (outside.length > 0)
    throw new AppError(
      "validation",
      "programme point outside the meeting's days",
      outside.map((item) => ({ field: `${item.row}.day`, code: "programmeDayOutside" })),
    );
  await db.$transaction(async (tx) => {
    const before = await tx.programmeItem.count({ where: { eventId: event.id } });
    await tx.programmeItem.deleteMany({ where: { eventId: event.id } });
    await tx.programmeItem.createMany({
      data: items.map((item) => ({
        eventId: event.id,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        titleSv: item.titleSv,
        titleEn: item.titleEn,
        speakers: item.speakers,
      })),
    });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "event.programme-changed",
      entityType: "Event",
      entityId: event.id,
      changes: { programmeItems: [before, items.length] },
    });
  });
}
