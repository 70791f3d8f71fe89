import "server-only";
import { db } from "@/lib/db";
import { getPublicEvent } from "@/lib/events/get-public-event";
import type { PublicEvent } from "@/lib/events/public-event";
import { getRegistrationSummary, type RegistrationSummary } from "./get-registration-summary";
import { resolveManageTokenFrom, type ManageAccess } from "./manage-access";

export type ManageView = {
  access: ManageAccess;
  event: PublicEvent;
  registration: RegistrationSummary;
  /** Whether changes are still possible (registration active, before the change deadline). */
  canChange: boolean;
};

/** What a private link shows: the whole registration for the contact, one attendee's own part otherwise. */
export async function getManageView(
  token: string,
  clientAddress: string,
  now = new Date(),
): Promise<ManageView | null> {
  const access = await resolveManageTokenFrom(token, clientAddress);
  if (!access) return null;
  const [registration, eventSlug] = await Promise.all([
    getRegistrationSummary(access.registrationId),
    db.event.findUnique({ where: { id: access.eventId }, select: { slug: true } }),
  ]);
  const event = eventSlug ? await getPublicEvent(eventSlug.slug) : null;
  if (!registration || !event) return null;
  const visible =
    access.kind === "attendee"
      ? {
          ...registration,
          attendees: registration.attendees.filter((attendee) => attendee.id === access.attendeeId),
        }
      : registration;
  return {
    access,
    event,
    registration: visible,
    canChange: registration.status === "active" && now < event.changeDeadline,
  };
}
