// Shapes of an event as the public sees it: plain data, safe to pass to client components.
import type { ActivityKind, EventStatus } from "@/lib/generated/prisma/enums";
import type { ActivityQuestion } from "@/lib/registrations/activity-questions";

export type LocalisedText = { sv: string; en: string };

export type PublicTheme = { title: LocalisedText; text: LocalisedText };

/** A point of the printed programme: who speaks when. Nobody signs up for it. */
export type PublicProgrammeItem = {
  id: string;
  startsAt: Date;
  endsAt: Date | null;
  title: LocalisedText;
  speakers: string;
};

export type PublicActivity = {
  id: string;
  key: string;
  kind: ActivityKind;
  name: LocalisedText;
  description: LocalisedText;
  place: LocalisedText;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  seatsLeft: number | null;
  waitlistEnabled: boolean;
  signupClosesAt: Date | null;
  membersOnly: boolean;
  /** Extra details asked of those who choose the activity. */
  questions: ActivityQuestion[];
};

export type PublicEvent = {
  id: string;
  slug: string;
  status: EventStatus;
  name: LocalisedText;
  summary: LocalisedText;
  description: LocalisedText;
  themes: PublicTheme[];
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string;
  city: string;
  hostName: string | null;
  /** The host's logo as the app serves it, or null when none is uploaded. */
  logoUrl: string | null;
  contactEmail: string;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  changeDeadline: Date;
  activities: PublicActivity[];
  programme: PublicProgrammeItem[];
  /** Asked of every attendee; answers are keyed by the event's id, as an activity's by its own. */
  questions: ActivityQuestion[];
};

export type RegistrationWindow = "not-open" | "open" | "closed";

/** Whether registration is open at `now`: the event must be open and `now` inside its window. */
export function registrationWindow(
  event: Pick<PublicEvent, "status" | "registrationOpensAt" | "registrationClosesAt">,
  now: Date,
): RegistrationWindow {
  if (event.status !== "open" || now >= event.registrationClosesAt) return "closed";
  if (now < event.registrationOpensAt) return "not-open";
  return "open";
}
