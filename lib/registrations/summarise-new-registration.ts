import type { Activity, Organisation } from "@/lib/generated/prisma/client";
import type { AttendeeSummary, RegistrationSummary, SignupSummary } from "./get-registration-summary";

type Written = {
  registration: {
    id: string;
    eventId: string;
    reference: string;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    locale: "sv" | "en";
  };
  organisation: Organisation;
  attendees: (Omit<AttendeeSummary, "status" | "signups"> & { id: string })[];
  signups: {
    id: string;
    attendeeId: string;
    activityId: string;
    status: "confirmed" | "waitlisted";
    position: number | null;
    answers: Record<string, string>;
  }[];
  activities: Map<string, Activity>;
};

/**
 * The summary of a registration just written, from the rows the service wrote, so answering the
 * submit costs no second read. It must equal what getRegistrationSummary reads back; a test holds
 * the two together (tests/integration/create-registration.test.ts).
 */
export function summariseNewRegistration(written: Written): RegistrationSummary {
  const { registration, organisation, activities } = written;
  const signupsOf = (attendeeId: string): SignupSummary[] =>
    written.signups
      .filter((signup) => signup.attendeeId === attendeeId)
      .map((signup) => ({ signup, activity: activities.get(signup.activityId)! }))
      .sort(
        (a, b) =>
          a.activity.startsAt.getTime() - b.activity.startsAt.getTime() ||
          a.activity.sortOrder - b.activity.sortOrder,
      )
      .map(({ signup, activity }) => ({
        signupId: signup.id,
        activityId: activity.id,
        activityKey: activity.key,
        activityName: { sv: activity.nameSv, en: activity.nameEn },
        startsAt: activity.startsAt,
        status: signup.status,
        position: signup.position,
        answers: signup.answers,
      }));
  return {
    id: registration.id,
    eventId: registration.eventId,
    reference: registration.reference,
    status: "active",
    organisation: { id: organisation.id, name: organisation.name, isMember: organisation.isMember },
    contact: {
      name: registration.contactName,
      email: registration.contactEmail,
      phone: registration.contactPhone,
    },
    locale: registration.locale,
    attendees: written.attendees.map((attendee) => ({
      id: attendee.id,
      name: attendee.name,
      email: attendee.email,
      title: attendee.title,
      phone: attendee.phone,
      status: "active",
      isVotingDelegate: attendee.isVotingDelegate,
      listConsent: attendee.listConsent,
      dietChoices: attendee.dietChoices,
      dietOther: attendee.dietOther,
      allergies: attendee.allergies,
      accessibilityNeeds: attendee.accessibilityNeeds,
      signups: signupsOf(attendee.id),
    })),
  };
}
