import "server-only";
import type { Insertable } from "kysely";
import type { FieldIssue } from "@/lib/errors";
import type { DB } from "@/lib/generated/kysely/database";
import type { Queries } from "@/lib/sql";
import type { StayInput } from "@/lib/validation/stay";
import { bookNights, lockHotels, readRoomsLeft } from "./hotel-rooms";
import { meetingNights, nightDate } from "./meeting-nights";
import { stayGiven } from "./stay-values";

type Delegate = { stay?: StayInput };
type StayRow = Insertable<DB["AttendeeStay"]>;

/**
 * The stays of a new registration's people as rows, and the nights that are not the meeting's
 * (refused at their field). Every row has every column, as insertTogether needs.
 */
export function registrationStayRows(
  delegates: Delegate[],
  attendeeIds: string[],
  event: { startsAt: Date; endsAt: Date },
  written: Date,
): { rows: StayRow[]; issues: FieldIssue[] } {
  const offered = new Set(meetingNights(event));
  const rows: StayRow[] = [];
  const issues: FieldIssue[] = [];
  delegates.forEach(({ stay }, index) => {
    if (!stay || !stayGiven(stay)) return;
    const nights = [...new Set(stay.nights)].sort();
    if (nights.some((night) => !offered.has(night)))
      issues.push({ field: `delegates.${index}.stay.nights`, code: "invalid" });
    rows.push({
      attendeeId: attendeeIds[index]!,
      hotelId: stay.hotelId,
      // prisma-kysely types a date[] column as an array of column types, which no value satisfies.
      nights: nights.map(nightDate) as unknown as StayRow["nights"],
      arrivalAt: stay.arrivalAt,
      arrivalMode: stay.arrivalMode,
      arrivalDetails: stay.arrivalDetails,
      departureAt: stay.departureAt,
      departureMode: stay.departureMode,
      departureDetails: stay.departureDetails,
      updatedAt: written,
    });
  });
  return { rows, issues };
}

/** The hotels a new registration books rooms at. */
export function bookedHotels(delegates: Delegate[]): string[] {
  return [...new Set(delegates.flatMap(({ stay }) => (stay?.hotelId ? [stay.hotelId] : [])))];
}

/**
 * Takes the rooms a new registration's people book, inside its transaction: the hotels locked, the
 * rooms left read under the lock, each night checked by the booking rule. Answers the refusals;
 * the caller writes nothing when there are any.
 */
export async function bookRegistrationStays(
  queries: Queries,
  eventId: string,
  delegates: Delegate[],
  now: Date,
): Promise<FieldIssue[]> {
  const hotels = await lockHotels(queries, eventId, bookedHotels(delegates));
  const left = await readRoomsLeft(queries, [...hotels.keys()]);
  return delegates.flatMap(({ stay }, index) => {
    if (!stay?.hotelId) return [];
    const prefix = `delegates.${index}.stay.`;
    const hotel = hotels.get(stay.hotelId);
    if (!hotel) return [{ field: `${prefix}hotelId`, code: "invalid" }];
    const added = [...new Set(stay.nights)].sort();
    return bookNights({ hotel, added, left: left.get(hotel.id)!, staff: false, now, prefix });
  });
}
