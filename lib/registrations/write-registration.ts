import "server-only";
import { randomUUID } from "node:crypto";
import { auditRow } from "@/lib/audit/write-audit-entry";
import { AppError, type FieldIssue } from "@/lib/errors";
import type { Activity, Organisation } from "@/lib/generated/prisma/client";
import { messagesFor } from "@/lib/i18n/messages";
import { outboxRows } from "@/lib/mail/enqueue-email";
import { insertTogether, kysely, type NewRows } from "@/lib/sql";
import type { DB } from "@/lib/generated/kysely/database";
import type { Insertable } from "kysely";
import type { RegistrationInput } from "@/lib/validation/registration";
import {
  activityFull,
  activityFullIssue,
  EMPTY_LOAD,
  lockActivities,
  placeSignup,
  readActivityLoad,
  type ActivityLoad,
} from "./activity-capacity";
import { assertRegistrationOpen } from "./assert-registration-open";
import { votingDelegateTaken } from "./assert-voting-delegate-free";
import { checkSignupRules } from "./check-signup-rules";
import { askedQuestions, keptAnswers } from "./activity-questions";
import type { RegistrationContext } from "./read-registration-context";
import { registrationSummary, type RegistrationSummary } from "./get-registration-summary";
import type { SignupStatus } from "@/lib/generated/prisma/enums";
import { resolveOrganisation } from "./resolve-organisation";
import { registrationStanding, type RegistrationStanding } from "./registration-standing";
import { requestFingerprint } from "./request-fingerprint";
import { attendeeRow } from "./attendee-row";
import { emailTaken, emailTakenIssues } from "./email-taken";
import { hashToken, newReference, newToken } from "./tokens";
import {
  bookedHotels,
  bookRegistrationStays,
  registrationStayRows,
} from "@/lib/stay/book-registration-stays";

/**
 * Whether the registration speaks for its organisation (registration-standing.ts). A token given
 * must be one of this meeting's invitations, and of the organisation chosen: a link is never
 * quietly ignored, so nobody believes they registered with it when they did not.
 */
function judgeStanding(
  context: RegistrationContext,
  input: RegistrationInput,
  organisation: Organisation,
  isNew: boolean,
): RegistrationStanding & { invitationId: string | null } {
  const { invitation } = context;
  if (input.invitationToken && !invitation) {
    throw new AppError("validation", "unknown invitation", [
      { field: "invitationToken", code: "invitationInvalid" },
    ]);
  }
  if (invitation && invitation.organisationId !== organisation.id) {
    throw new AppError("validation", "invitation of another organisation", [
      {
        field: input.organisation.kind === "member" ? "organisation.id" : "organisation.name",
        code: "invitationOtherOrganisation",
        params: { name: invitation.organisationName },
      },
    ]);
  }
  const standing = registrationStanding({
    organisation,
    isNewOrganisation: isNew,
    invited: invitation !== null,
    contactEmail: input.contact.email,
  });
  return { ...standing, invitationId: invitation?.id ?? null };
}

/**
 * Refuses addresses already registered at the event, and a second voting delegate for the
 * organisation (also asked for by a registration awaiting approval: it could never be given).
 */
function assertNoConflicts(context: RegistrationContext, organisationName: string, input: RegistrationInput) {
  const fields = emailTakenIssues(
    input.delegates.map((delegate) => delegate.email),
    new Set(context.takenEmails),
    (index) => `delegates.${index}.email`,
  );
  if (fields.length > 0) throw emailTaken(fields);
  const votingIndex = input.delegates.findIndex((delegate) => delegate.isVotingDelegate);
  if (votingIndex !== -1 && context.votingDelegateNamed) {
    throw votingDelegateTaken(organisationName, `delegates.${votingIndex}.isVotingDelegate`);
  }
}

type NewSignup = Insertable<DB["Signup"]> & { id: string; status: SignupStatus; answers: unknown };

/**
 * Every chosen activity placed (confirmed or waitlisted), each with its place in the waiting list;
 * throws if one without a waiting list is full. A members-only activity of a registration awaiting
 * approval is held as pending: it takes no seat until staff approve.
 */
function placeSignups(
  input: RegistrationInput,
  attendeeIds: string[],
  eventId: string,
  activities: Map<string, Activity>,
  load: Map<string, ActivityLoad>,
  pending: boolean,
) {
  const full: FieldIssue[] = [];
  const signups: { row: NewSignup; position: number | null }[] = [];
  const now = new Date();
  for (const [index, delegate] of input.delegates.entries()) {
    for (const activityId of delegate.activityIds) {
      const activity = activities.get(activityId)!;
      const placement: ReturnType<typeof placeSignup> | { status: "pending" } =
        pending && activity.membersOnly
          ? { status: "pending" }
          : placeSignup(activity, load.get(activityId) ?? { ...EMPTY_LOAD });
      if (placement.status === "full") {
        const name = input.locale === "sv" ? activity.nameSv : activity.nameEn;
        full.push(activityFullIssue(`delegates.${index}.activityIds`, name));
        continue;
      }
      signups.push({
        row: {
          id: randomUUID(),
          attendeeId: attendeeIds[index]!,
          activityId,
          eventId,
          status: placement.status,
          queueNumber: placement.status === "waitlisted" ? placement.queueNumber : null,
          answers: delegate.answers[activityId] ?? {},
          createdAt: now,
          updatedAt: now,
        },
        position: placement.status === "waitlisted" ? placement.position : null,
      });
    }
  }
  // An activity without a waiting list that filled up while the form was open: nothing is kept.
  if (full.length > 0) throw activityFull(full);
  return signups;
}

/**
 * Checks a registration against what readRegistrationContext found and writes it, all or nothing,
 * and answers with its summary, made from the rows written: the positions on the waiting lists
 * are the ones given under the activities' locks, which is what reading them back at once gives.
 * with Kysely on the shared pool: this is the app's hottest write, and through Prisma its
 * statements cost the server several times the CPU (lib/sql.ts). The same rules decide as
 * everywhere else, with the unique indexes as the backstop for a race. The rows go in with one
 * statement, which is its own transaction, unless a limited activity was chosen or a hotel room
 * booked: then the hotel locks, the rows, the activity locks (taken last, so held as briefly as
 * possible) and the signups share one.
 */
export async function writeRegistration(
  context: RegistrationContext,
  input: RegistrationInput,
  now: Date,
): Promise<RegistrationSummary> {
  const { event } = context;
  const activities = new Map(context.activities.map((activity) => [activity.id, activity]));
  assertRegistrationOpen(event, now);

  const { organisation, isNew } = resolveOrganisation(input.organisation, context.organisation);
  const ruleIssues = checkSignupRules({
    delegates: input.delegates.map((delegate, index) => ({ path: `delegates.${index}`, ...delegate })),
    activities,
    meeting: event,
    isMember: organisation.isMember,
    locale: input.locale,
    now,
  });
  if (ruleIssues.length > 0) throw new AppError("validation", "signup rules", ruleIssues);
  const standing = judgeStanding(context, input, organisation, isNew);
  const pending = standing.approval === "pending";
  assertNoConflicts(context, organisation.name, input);

  // Row times are the clock's, as with Prisma's defaults; `now` (injectable) decides the rules.
  const written = new Date();
  const manageToken = newToken();
  const registration = {
    id: randomUUID(),
    eventId: event.id,
    organisationId: organisation.id,
    reference: newReference(event.referencePrefix),
    status: "active",
    contactName: input.contact.name,
    contactEmail: input.contact.email,
    contactPhone: input.contact.phone,
    locale: input.locale,
    manageTokenHash: hashToken(manageToken),
    idempotencyKey: input.idempotencyKey,
    requestFingerprint: requestFingerprint(input),
    consentAt: now,
    consentText: messagesFor(input.locale).registerForm.reviewStep.privacyConsent,
    approval: standing.approval,
    pendingReasons: standing.reasons,
    invitationId: standing.invitationId,
    createdAt: written,
    updatedAt: written,
  } satisfies Insertable<DB["Registration"]>;
  const attendeeTokens = input.delegates.map(() => newToken());
  const meetingQuestions = askedQuestions(event.questions);
  const attendees = input.delegates.map((delegate, index) =>
    attendeeRow({
      registration,
      person: delegate,
      answers: keptAnswers(meetingQuestions, delegate.answers[event.id]),
      pending,
      manageToken: attendeeTokens[index]!,
      // Distinct times keep the delegates in the order they were entered.
      createdAt: new Date(written.getTime() + index),
    }),
  );
  const emails = outboxRows([
    ...attendees.map((attendee, index) => ({
      eventId: event.id,
      recipient: attendee.email,
      locale: input.locale,
      template: "attendee-confirmation" as const,
      payload: { attendeeId: attendee.id, manageToken: attendeeTokens[index]! },
    })),
    {
      eventId: event.id,
      recipient: registration.contactEmail,
      locale: input.locale,
      template: "registration-received",
      payload: { registrationId: registration.id, manageToken },
    },
    // Staff hear of a registration waiting for them at the meeting's own address.
    ...(pending
      ? [
          {
            eventId: event.id,
            recipient: event.contactEmail,
            locale: "sv" as const,
            template: "registration-pending" as const,
            payload: { registrationId: registration.id },
          },
        ]
      : []),
  ]);
  const audit = auditRow({
    eventId: event.id,
    actor: { type: "contact", id: registration.id },
    action: "registration.created",
    entityType: "Registration",
    entityId: registration.id,
    changes: {
      reference: registration.reference,
      organisation: organisation.name,
      delegates: attendees.length,
      approval: standing.approval,
      ...(pending ? { pendingReasons: standing.reasons } : {}),
    },
  });
  const attendeeIds = attendees.map((attendee) => attendee.id);
  const stays = registrationStayRows(input.delegates, attendeeIds, event, written);
  if (stays.issues.length > 0) throw new AppError("validation", "stay", stays.issues);
  const rows: NewRows = {
    Organisation: isNew ? [organisation] : [],
    Registration: [registration],
    Attendee: attendees,
    AttendeeStay: stays.rows,
    OutboxEmail: emails,
    AuditEntry: [audit],
  };

  const chosen = [...new Set(input.delegates.flatMap((delegate) => delegate.activityIds))];
  // Held (pending) places take no seat, so they need no lock.
  const limited = chosen.filter((id) => {
    const activity = activities.get(id)!;
    return activity.capacity !== null && !(pending && activity.membersOnly);
  });
  let signups: ReturnType<typeof placeSignups>;
  if (limited.length === 0 && bookedHotels(input.delegates).length === 0) {
    // Nothing to count: every signup is confirmed.
    signups = placeSignups(input, attendeeIds, event.id, activities, new Map(), pending);
    await insertTogether(kysely, { ...rows, Signup: signups.map((signup) => signup.row) });
  } else {
    signups = await kysely.transaction().execute(async (tx) => {
      // Rooms are counted before this registration's own stays are written, under the hotels' locks
      // (taken before any activity's, as everywhere).
      const roomIssues = await bookRegistrationStays(tx, event.id, input.delegates, now);
      if (roomIssues.length > 0) throw new AppError("validation", "rooms", roomIssues);
      await insertTogether(tx, rows);
      // Everyone registering for a limited activity queues on its lock; the capacity is the one
      // read under the lock, so a change an administrator just committed counts.
      for (const locked of await lockActivities(tx, limited)) {
        activities.set(locked.id, { ...activities.get(locked.id)!, ...locked });
      }
      const placed = placeSignups(
        input,
        attendeeIds,
        event.id,
        activities,
        await readActivityLoad(tx, limited),
        pending,
      );
      await insertTogether(tx, { Signup: placed.map((signup) => signup.row) });
      return placed;
    });
  }
  return registrationSummary({
    registration,
    organisation,
    attendees: attendees.map((attendee) => ({
      ...attendee,
      signups: signups
        .filter((signup) => signup.row.attendeeId === attendee.id)
        .map(({ row, position }) => ({ ...row, position, activity: activities.get(row.activityId)! })),
    })),
  });
}
