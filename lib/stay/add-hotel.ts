import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import type { Staff } from "@/lib/auth/staff-session";
import { loadEditableEvent } from "@/lib/events/load-editable-event";
import type { HotelInput } from "@/lib/validation/stay";
import { meetingNights, nightDate } from "./meeting-nights";

/** Hotels per meeting: a few options, not a booking engine. */
export const MAX_HOTELS = 10;

/** Adds a hotel with its block of rooms for the meeting's nights (administrators); audited. */
export async function addHotel(
  staff: Staff | null,
  slug: string,
  input: HotelInput,
): Promise<{ id: string }> {
  const event = await loadEditableEvent(staff, slug);
  const nights = new Set(meetingNights(event));
  const outside = input.rooms.findIndex((row) => !nights.has(row.night));
  if (outside !== -1)
    throw new AppError("validation", "night outside the meeting", [
      { field: `rooms.${outside}`, code: "invalid" },
    ]);
  return db.$transaction(async (tx) => {
    if ((await tx.hotel.count({ where: { eventId: event.id } })) >= MAX_HOTELS)
      throw new AppError("validation", "too many hotels", [
        { field: "name", code: "hotelsTooMany", params: { max: MAX_HOTELS } },
      ]);
    const hotel = await tx.hotel.create({
      data: {
        eventId: event.id,
        name: input.name,
        address: input.address,
        priceSv: input.priceSv,
        priceEn: input.priceEn,
        releaseAt: input.releaseAt,
        nights: {
          create: input.rooms
            .filter((row) => row.rooms > 0)
            .map((row) => ({ night: nightDate(row.night), rooms: row.rooms })),
        },
      },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "hotel.added",
      entityType: "Hotel",
      entityId: hotel.id,
      changes: { name: input.name, rooms: input.rooms, releaseAt: input.releaseAt.toISOString() },
    });
    return hotel;
  });
}
