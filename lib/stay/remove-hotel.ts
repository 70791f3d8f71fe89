import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { loadEditableEvent } from "@/lib/events/load-editable-event";

/** Removes a hotel (administrators): those booked there keep their travel, not their nights; audited. */
export async function removeHotel(staff: Staff | null, slug: string, hotelId: string) {
  const event = await loadEditableEvent(staff, slug);
  await db.$transaction(async (tx) => {
    const hotel = await tx.hotel.findFirst({
      where: { id: hotelId, eventId: event.id },
      select: { name: true },
    });
    if (!hotel) throw new AppError("not_found", "no such hotel");
    const booked = await tx.attendeeStay.updateMany({
      where: { hotelId },
      data: { hotelId: null, nights: [] },
    });
    await tx.hotel.delete({ where: { id: hotelId } });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "hotel.removed",
      entityType: "Hotel",
      entityId: hotelId,
      changes: { name: hotel.name, bookingsCleared: booked.count },
    });
  });
}
