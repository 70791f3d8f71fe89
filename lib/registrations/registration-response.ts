import type { RegistrationSummary } from "./get-registration-summary";

/** A registration as the REST API returns it: no contact details or private links. */
export function registrationResponse(summary: RegistrationSummary) {
  return {
    reference: summary.reference,
    status: summary.status,
    approval: summary.approval,
    organisation: summary.organisation.name,
    delegates: summary.attendees.map((attendee) => ({
      name: attendee.name,
      email: attendee.email,
      isVotingDelegate: attendee.isVotingDelegate,
      votePending: attendee.votePending,
      signups: attendee.signups.map((signup) => ({
        activityId: signup.activityId,
        activityKey: signup.activityKey,
        status: signup.status,
        waitlistPosition: signup.position,
      })),
    })),
  };
}
