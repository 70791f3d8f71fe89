import "server-only";
import { staysOf } from "@/lib/stay/list-stays";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { holdsAnswersHiddenFromStaff, staffReadableKeys } from "@/lib/registrations/activity-questions";
import {
  getRegistrationSummary,
  type RegistrationSummary,
} from "@/lib/registrations/get-registration-summary";

/**
 * A registration with only the answers every staff member may read: a question is read by
 * administrators only unless its definition says all staff (the study visit's date of birth and
 * nationality are administrators' only), and what a page is given reaches the browser in its
 * payload whether it is shown or not.
 */
function withStaffAnswers(
  registration: RegistrationSummary,
  staffKeys: Map<string, Set<string>>,
): RegistrationSummary {
  return {
    ...registration,
    attendees: registration.attendees.map((attendee) => ({
      ...attendee,
      answers: Object.fromEntries(
        Object.entries(attendee.answers).filter(([key]) => staffKeys.get(registration.eventId)?.has(key)),
      ),
      signups: attendee.signups.map((signup) => ({
        ...signup,
        answers: Object.fromEntries(
          Object.entries(signup.answers).filter(([key]) => staffKeys.get(signup.activityId)?.has(key)),
        ),
      })),
    })),
  };
}

/** One attendee as staff see them: details, choices, registration, and what has happened to them. */
export async function getParticipantDetail(staff: Staff | null, slug: string, attendeeId: string) {
  const attendee = await db.attendee.findFirst({
    where: { id: attendeeId, event: { slug } },
    select: { registrationId: true, eventId: true },
  });
  if (!attendee) throw new AppError("not_found", "no such attendee");
  const role = await requireEventRole(staff, attendee.eventId, "viewer");
  const [registration, event, history, stays, roles] = await Promise.all([
    getRegistrationSummary(attendee.registrationId),
    getPublicEvent(slug),
    db.auditEntry.findMany({
      where: {
        OR: [{ entityId: attendeeId }, { entityType: "Registration", entityId: attendee.registrationId }],
      },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
    staysOf(attendee.registrationId, attendeeId),
    db.attendee.findUniqueOrThrow({ where: { id: attendeeId }, select: { isSubstitute: true } }),
  ]);
  const summary = registration!.attendees.find((candidate) => candidate.id === attendeeId)!;
  // Keyed as the answers are: the meeting's by its id, each activity's by its own.
  const staffKeys = staffReadableKeys([{ id: event!.id, questions: event!.questions }, ...event!.activities]);
  const visitDetails = holdsAnswersHiddenFromStaff(
    [
      { askerId: event!.id, answers: summary.answers },
      ...summary.signups.map((signup) => ({ askerId: signup.activityId, answers: signup.answers })),
    ],
    staffKeys,
  );
  const visible = role === "admin" ? registration! : withStaffAnswers(registration!, staffKeys);
  const person = visible.attendees.find((candidate) => candidate.id === attendeeId)!;
  return {
    role,
    event: event!,
    registration: visible,
    attendee: person,
    history,
    visitDetails,
    stays,
    isSubstitute: roles.isSubstitute,
  };
}
