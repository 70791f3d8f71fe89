import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { nightOf } from "./meeting-nights";

export type HotelView = {
  id: string;
  name: string;
  address: string;
  priceSv: string;
  priceEn: string;
  releaseAt: Date;
  nights: { night: string; rooms: number; booked: number; left: number }[];
};

/**
 * The meeting's hotels with their rooms per night and what is booked and left, counting only
 * people still attending (`exceptAttendeeId` leaves one person's own booking out, for a change).
 */
export async function readHotels(
  eventId: string,
  client: Tx | typeof db = db,
  exceptAttendeeId?: string,
): Promise<HotelView[]> {
  const hotels = await client.hotel.findMany({
    where: { eventId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      address: true,
      priceSv: true,
      priceEn: true,
      releaseAt: true,
      nights: { orderBy: { night: "asc" }, select: { night: true, rooms: true } },
      stays: {
        where: {
          attendee: { status: "active" },
          ...(exceptAttendeeId ? { attendeeId: { not: exceptAttendeeId } } : {}),
        },
        select: { nights: true },
      },
    },
  });
  return hotels.map(({ stays, nights, ...hotel }) => ({
    ...hotel,
    nights: nights.map((row) => {
      const night = nightOf(row.night);
      const booked = stays.filter((stay) => stay.nights.some((date) => nightOf(date) === night)).length;
      return { night, rooms: row.rooms, booked, left: Math.max(0, row.rooms - booked) };
    }),
  }));
}
