import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ManageAccess } from "@/lib/registrations/manage-access";
import { meetingNights, nightOf } from "./meeting-nights";
import { readHotels } from "./read-hotels";

/** What the stay page shows: the hotels with rooms left per night, the nights offered, the person's stay. */
export async function getAttendeeStay(access: ManageAccess, attendeeId: string) {
  const attendee = await db.attendee.findFirst({
    where: { id: attendeeId, registrationId: access.registrationId, status: "active" },
    select: {
      name: true,
      stay: true,
      event: { select: { id: true, startsAt: true, endsAt: true } },
    },
  });
  if (!attendee || (access.kind === "attendee" && access.attendeeId !== attendeeId))
    throw new AppError("not_found", "no such attendee");
  return {
    name: attendee.name,
    nights: meetingNights(attendee.event),
    hotels: await readHotels(attendee.event.id, db, attendeeId),
    stay: attendee.stay && { ...attendee.stay, nights: attendee.stay.nights.map(nightOf) },
  };
}
