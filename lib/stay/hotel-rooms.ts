import "server-only";
import { sql } from "kysely";
import type { FieldIssue } from "@/lib/errors";
import type { Queries } from "@/lib/sql";
import { nightOf } from "./meeting-nights";

export type LockedHotel = { id: string; name: string; releaseAt: Date };

/**
 * Locks the meeting's hotels a booking names until the transaction ends, in id order, so two
 * people never take a hotel's last room for the same night and two bookings never deadlock.
 * A hotel of another meeting is not among those returned.
 */
export async function lockHotels(queries: Queries, eventId: string, hotelIds: string[]) {
  const ids = [...new Set(hotelIds)].sort();
  if (ids.length === 0) return new Map<string, LockedHotel>();
  const rows = await queries
    .selectFrom("Hotel")
    .select(["id", "name", "releaseAt"])
    .where("eventId", "=", eventId)
    .where("id", "in", ids)
    .orderBy("id")
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Rooms left per hotel and night ("2027-04-24"), counting the bookings of people still attending;
 * a night the hotel holds no rooms for is absent. Call after lockHotels. `exceptAttendeeId` leaves
 * one person's own booking out, for a change of it.
 */
export async function readRoomsLeft(
  queries: Queries,
  hotelIds: string[],
  exceptAttendeeId?: string,
): Promise<Map<string, Map<string, number>>> {
  const left = new Map<string, Map<string, number>>(hotelIds.map((id) => [id, new Map()]));
  if (hotelIds.length === 0) return left;
  const rows = await queries
    .selectFrom("HotelNight as night")
    .select([
      "night.hotelId",
      "night.night",
      sql<number>`"night"."rooms" - (
        SELECT count(*)::int FROM "AttendeeStay" AS stay
        JOIN "Attendee" AS attendee ON attendee.id = stay."attendeeId"
        WHERE stay."hotelId" = "night"."hotelId" AND "night"."night" = ANY(stay.nights)
          AND attendee.status = 'active'
          AND stay."attendeeId" IS DISTINCT FROM ${exceptAttendeeId ?? null}::uuid
      )`.as("left"),
    ])
    .where("night.hotelId", "in", hotelIds)
    .execute();
  for (const row of rows) left.get(row.hotelId)?.set(nightOf(row.night), Math.max(0, row.left));
  return left;
}

/**
 * The rule for booking nights at a hotel of the block, one definition for the registration form,
 * the private link and staff: each night added takes a room that night, so a night without one left
 * (or without rooms at all) is refused; after the block's release only staff may add a night. Takes
 * the rooms from `left`, so two people of one registration cannot both have the last one.
 */
export function bookNights(spec: {
  hotel: LockedHotel;
  added: string[];
  left: Map<string, number>;
  staff: boolean;
  now: Date;
  /** The fields the issues name, e.g. "delegates.0.stay." or "". */
  prefix: string;
}): FieldIssue[] {
  const { hotel, added, left, prefix } = spec;
  const issues: FieldIssue[] = [];
  if (added.length > 0 && hotel.releaseAt <= spec.now && !spec.staff)
    issues.push({ field: `${prefix}hotelId`, code: "hotelReleased", params: { hotel: hotel.name } });
  for (const night of added) {
    const rooms = left.get(night) ?? 0;
    if (rooms === 0)
      issues.push({ field: `${prefix}nights`, code: "hotelNightFull", params: { hotel: hotel.name, night } });
    else left.set(night, rooms - 1);
  }
  return issues;
}
