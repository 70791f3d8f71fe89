import "server-only";
import { db } from "@/lib/db";
import type { FieldIssue } from "@/lib/errors";
import { toFieldIssues } from "@/lib/validation/field-errors";
import { stayInput } from "@/lib/validation/stay";
import { bookNights } from "@/lib/stay/hotel-rooms";
import { meetingNights } from "@/lib/stay/meeting-nights";
import { readHotels } from "@/lib/stay/read-hotels";
import { stayGiven } from "@/lib/stay/stay-values";
import type { DraftData } from "./draft-data";

/**
 * A draft's stays judged on the step where they are given: the fields, the meeting's nights, and
 * the rooms as they stand now under the booking rule (hotel-rooms.ts). The submit books the rooms
 * under the hotels' locks and judges again.
 */
export async function checkDraftStays(
  eventId: string,
  data: DraftData,
  now = new Date(),
): Promise<FieldIssue[]> {
  const given = data.delegates.some((delegate) => stayGiven(delegate.stay));
  if (!given) return [];
  const [event, hotels] = await Promise.all([
    db.event.findUnique({ where: { id: eventId }, select: { startsAt: true, endsAt: true } }),
    readHotels(eventId),
  ]);
  if (!event) return [];
  const offered = new Set(meetingNights(event));
  const left = new Map(
    hotels.map((hotel) => [hotel.id, new Map(hotel.nights.map((row) => [row.night, row.left]))]),
  );
  return data.delegates.flatMap((delegate, index): FieldIssue[] => {
    if (!stayGiven(delegate.stay)) return [];
    const prefix = `delegates.${index}.stay.`;
    const parsed = stayInput.safeParse(delegate.stay);
    if (!parsed.success)
      return toFieldIssues(parsed.error).map((issue) => ({ ...issue, field: `${prefix}${issue.field}` }));
    const stay = parsed.data;
    const nights = [...new Set(stay.nights)].sort();
    if (nights.some((night) => !offered.has(night))) return [{ field: `${prefix}nights`, code: "invalid" }];
    if (!stay.hotelId) return [];
    const hotel = hotels.find((candidate) => candidate.id === stay.hotelId);
    if (!hotel) return [{ field: `${prefix}hotelId`, code: "invalid" }];
    return bookNights({ hotel, added: nights, left: left.get(hotel.id)!, staff: false, now, prefix });
  });
}
