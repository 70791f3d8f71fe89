import "server-only";
import { db } from "@/lib/db";
import {
  getRegistrationSummary,
  type AttendeeSummary,
  type RegistrationSummary,
} from "@/lib/registrations/get-registration-summary";

export type MailEvent = {
  id: string;
  name: { sv: string; en: string };
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string;
  city: string;
  contactEmail: string;
  changeDeadline: Date;
  activities: Map<string, { place: { sv: string; en: string }; endsAt: Date }>;
};

async function loadEvent(eventId: string): Promise<MailEvent> {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, include: { activities: true } });
  return {
    id: event.id,
    name: { sv: event.nameSv, en: event.nameEn },
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    city: event.city,
    contactEmail: event.contactEmail,
    changeDeadline: event.changeDeadline,
    activities: new Map(
      event.activities.map((activity) => [
        activity.id,
        { place: { sv: activity.placeSv, en: activity.placeEn }, endsAt: activity.endsAt },
      ]),
    ),
  };
}

/** What a mail about one attendee needs, read when the mail is sent so it shows the current state. */
export async function loadAttendeeMailData(attendeeId: string) {
  const attendee = await db.attendee.findUniqueOrThrow({
    where: { id: attendeeId },
    select: { registrationId: true },
  });
  const registration = (await getRegistrationSummary(attendee.registrationId))!;
  const person = registration.attendees.find((candidate) => candidate.id === attendeeId)!;
  return { registration, attendee: person, event: await loadEvent(registration.eventId) };
}

export async function loadRegistrationMailData(registrationId: string) {
  const registration = (await getRegistrationSummary(registrationId))!;
  return { registration, event: await loadEvent(registration.eventId) };
}

export type AttendeeMailData = {
  registration: RegistrationSummary;
  attendee: AttendeeSummary;
  event: MailEvent;
};
