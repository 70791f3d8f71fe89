import "server-only";
import { readHotels } from "@/lib/stay/read-hotels";
import { db } from "@/lib/db";
import {
  getRegistrationSummary,
  type AttendeeSummary,
  type RegistrationSummary,
} from "@/lib/registrations/get-registration-summary";

export type MailEvent = {
  id: string;
  slug: string;
  registrationClosesAt: Date;
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

// Mails about one event go out in bursts (a registration, a group message, reminders); the event
// changes rarely. Its details are read once per burst window rather than for every mail.
const EVENT_FRESH_MS = 5_000;
const recentEvents = new Map<string, { readAt: number; event: Promise<MailEvent> }>();

export function loadEvent(eventId: string): Promise<MailEvent> {
  const recent = recentEvents.get(eventId);
  if (recent && Date.now() - recent.readAt < EVENT_FRESH_MS) return recent.event;
  const event = readEvent(eventId);
  recentEvents.set(eventId, { readAt: Date.now(), event });
  // A failed read is not kept: the next mail tries again.
  event.catch(() => recentEvents.delete(eventId));
  return event;
}

async function readEvent(eventId: string): Promise<MailEvent> {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, include: { activities: true } });
  return {
    id: event.id,
    slug: event.slug,
    registrationClosesAt: event.registrationClosesAt,
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
  const registration = await getRegistrationSummary(attendeeId, "attendee");
  if (!registration) throw new Error(`attendee ${attendeeId} not found`);
  const person = registration.attendees.find((candidate) => candidate.id === attendeeId)!;
  return { registration, attendee: person, event: await loadEvent(registration.eventId) };
}

/** An invitation with its organisation and meeting, for the invitation mail. */
export async function loadInvitationMailData(invitationId: string) {
  const invitation = await db.invitation.findUniqueOrThrow({
    where: { id: invitationId },
    select: { id: true, eventId: true, organisation: { select: { name: true } } },
  });
  return { invitation, event: await loadEvent(invitation.eventId) };
}

/** A hotel whose block is released soon, with its rooms booked per night. */
export async function loadHotelReleaseMailData(hotelId: string) {
  const hotel = await db.hotel.findUniqueOrThrow({
    where: { id: hotelId },
    select: { eventId: true, name: true, releaseAt: true },
  });
  const hotels = await readHotels(hotel.eventId);
  return {
    hotel,
    event: await loadEvent(hotel.eventId),
    nights: hotels.find((row) => row.id === hotelId)?.nights ?? [],
  };
}

/** A meeting's notice with its file, to attach to the mail. */
export async function loadNoticeMailData(documentId: string) {
  const document = await db.meetingDocument.findUniqueOrThrow({
    where: { id: documentId },
    select: { eventId: true, titleSv: true, titleEn: true, fileName: true, data: true },
  });
  return { document, event: await loadEvent(document.eventId) };
}

/** A mandate request with the member's ombud and substitute as they are when the mail is sent. */
export async function loadMandateRequestMailData(requestId: string) {
  const request = await db.mandateRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { id: true, eventId: true, organisationId: true, organisation: { select: { name: true } } },
  });
  const [event, meeting, people] = await Promise.all([
    loadEvent(request.eventId),
    db.activity.findFirstOrThrow({
      where: { eventId: request.eventId, kind: "annual_meeting" },
      select: { startsAt: true },
    }),
    db.attendee.findMany({
      where: {
        eventId: request.eventId,
        organisationId: request.organisationId,
        status: "active",
        OR: [{ isVotingDelegate: true }, { isSubstitute: true }],
      },
      select: { name: true, isVotingDelegate: true },
    }),
  ]);
  return {
    request,
    event,
    meetingStartsAt: meeting.startsAt,
    ombud: people.find((person) => person.isVotingDelegate)?.name ?? "",
    substitute: people.find((person) => !person.isVotingDelegate)?.name ?? null,
  };
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
