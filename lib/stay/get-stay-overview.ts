import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { meetingNights } from "./meeting-nights";
import { readHotels } from "./read-hotels";

/** The stay page for staff: every hotel with rooms left per night, the nights offered, how many travel. */
export async function getStayOverview(staff: Staff | null, slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    select: { id: true, startsAt: true, endsAt: true },
  });
  if (!event) throw new AppError("not_found", "no such event");
  const role = await requireEventRole(staff, event.id, "viewer");
  const [hotels, travelling] = await Promise.all([
    readHotels(event.id),
    db.attendeeStay.count({
      where: {
        attendee: { eventId: event.id, status: "active" },
        OR: [{ arrivalAt: { not: null } }, { departureAt: { not: null } }],
      },
    }),
  ]);
  return { role, nights: meetingNights(event), hotels, travelling };
}
