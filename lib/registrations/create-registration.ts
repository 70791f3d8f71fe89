import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { isRetryableTransactionError, violatedUniqueConstraint } from "@/lib/db-errors";
import { AppError, type FieldIssue } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { enqueueEmails } from "@/lib/mail/enqueue-email";
import type { Event, Prisma } from "@/lib/generated/prisma/client";
import { registrationWindow } from "@/lib/events/public-event";
import type { RegistrationInput } from "@/lib/validation/registration";
import { lockActivities, placeSignup, readActivityLoad } from "./activity-capacity";
import { assertVotingDelegateFree, votingDelegateTaken } from "./assert-voting-delegate-free";
import { checkSignupRules } from "./check-signup-rules";
import { getRegistrationSummary, type RegistrationSummary } from "./get-registration-summary";
import { resolveOrganisation } from "./resolve-organisation";
import { hashToken, newReference, newToken } from "./tokens";
import { messagesFor } from "@/lib/i18n/messages";

export type CreateRegistrationInput = RegistrationInput & { eventSlug: string };

export type CreatedRegistration = {
  summary: RegistrationSummary;
  /** True when this submit repeated an earlier one (same idempotency key): nothing new was written. */
  replayed: boolean;
};

// Waiting for the activity lock is expected when many register at once; allow for it.
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 };
const ATTEMPTS = 5;

async function findByIdempotencyKey(eventId: string, idempotencyKey: string) {
  const existing = await db.registration.findUnique({
    where: { eventId_idempotencyKey: { eventId, idempotencyKey } },
    select: { id: true },
  });
  return existing ? getRegistrationSummary(existing.id) : null;
}

async function assertNoTakenEmails(tx: Tx, eventId: string, input: RegistrationInput) {
  const emails = input.delegates.map((delegate) => delegate.email);
  const taken = await tx.attendee.findMany({
    where: { eventId, status: "active", email: { in: emails } },
    select: { email: true },
  });
  if (taken.length === 0) return;
  const takenSet = new Set(taken.map((attendee) => attendee.email));
  // Says which of *your* delegates is affected, never who registered the address.
  const fields: FieldIssue[] = input.delegates.flatMap((delegate, index) =>
    takenSet.has(delegate.email) ? [{ field: `delegates.${index}.email`, code: "emailTaken" as const }] : [],
  );
  throw new AppError("conflict", "e-mail already registered", fields);
}

async function insertRegistration(tx: Tx, event: Event, input: CreateRegistrationInput, now: Date) {
  const window = registrationWindow(event, now);
  if (window === "not-open") throw new AppError("registration_not_open", "registration has not opened");
  if (window === "closed") throw new AppError("registration_closed", "registration is closed");

  const organisation = await resolveOrganisation(tx, input.organisation);
  const activities = new Map(
    (await tx.activity.findMany({ where: { eventId: event.id } })).map((activity) => [activity.id, activity]),
  );
  const ruleIssues = checkSignupRules({
    delegates: input.delegates.map((delegate, index) => ({ path: `delegates.${index}`, ...delegate })),
    activities,
    isMember: organisation.isMember,
    locale: input.locale,
    now,
  });
  if (ruleIssues.length > 0) throw new AppError("validation", "signup rules", ruleIssues);
  await assertNoTakenEmails(tx, event.id, input);
  const votingIndex = input.delegates.findIndex((delegate) => delegate.isVotingDelegate);
  if (votingIndex !== -1) {
    await assertVotingDelegateFree(tx, {
      eventId: event.id,
      organisation,
      field: `delegates.${votingIndex}.isVotingDelegate`,
    });
  }

  const chosenIds = [...new Set(input.delegates.flatMap((delegate) => delegate.activityIds))];
  await lockActivities(
    tx,
    chosenIds.filter((id) => activities.get(id)?.capacity !== null),
  );
  // Only activities with a capacity need counting; the others take everyone.
  const load = await readActivityLoad(
    tx,
    chosenIds.filter((id) => activities.get(id)?.capacity !== null),
  );

  const manageToken = newToken();
  const registration = await tx.registration.create({
    data: {
      eventId: event.id,
      organisationId: organisation.id,
      reference: newReference(event.referencePrefix),
      contactName: input.contact.name,
      contactEmail: input.contact.email,
      contactPhone: input.contact.phone,
      locale: input.locale,
      manageTokenHash: hashToken(manageToken),
      idempotencyKey: input.idempotencyKey,
      consentAt: now,
      consentText: messagesFor(input.locale).registerForm.reviewStep.privacyConsent,
    },
  });

  // Every row is built first and written with one statement per table: each query costs the
  // app server more CPU (Prisma compiles it) than the database time it takes.
  const full: FieldIssue[] = [];
  const attendees: Prisma.AttendeeCreateManyInput[] = [];
  const signups: Prisma.SignupCreateManyInput[] = [];
  const emails: Parameters<typeof enqueueEmails>[1] = [];
  const created = Date.now();
  for (const [index, delegate] of input.delegates.entries()) {
    const attendeeToken = newToken();
    const attendeeId = randomUUID();
    attendees.push({
      id: attendeeId,
      registrationId: registration.id,
      eventId: event.id,
      organisationId: organisation.id,
      name: delegate.name,
      email: delegate.email,
      phone: delegate.phone || null,
      title: delegate.title,
      dietChoices: delegate.dietChoices,
      dietOther: delegate.dietOther,
      allergies: delegate.allergies,
      accessibilityNeeds: delegate.accessibilityNeeds,
      isVotingDelegate: delegate.isVotingDelegate,
      listConsent: delegate.listConsent,
      locale: input.locale,
      manageTokenHash: hashToken(attendeeToken),
      // Distinct times keep the delegates in the order they were entered.
      createdAt: new Date(created + index),
    });
    for (const activityId of delegate.activityIds) {
      const activity = activities.get(activityId)!;
      const placement = placeSignup(activity, load.get(activityId) ?? { confirmed: 0, lastQueueNumber: 0 });
      if (placement.status === "full") {
        const name = input.locale === "sv" ? activity.nameSv : activity.nameEn;
        full.push({
          field: `delegates.${index}.activityIds`,
          code: "activityFull",
          params: { activity: name },
        });
        continue;
      }
      signups.push({
        attendeeId,
        activityId,
        eventId: event.id,
        status: placement.status,
        queueNumber: placement.status === "waitlisted" ? placement.queueNumber : null,
        answers: delegate.answers[activityId] ?? {},
      });
    }
    emails.push({
      eventId: event.id,
      recipient: delegate.email,
      locale: input.locale,
      template: "attendee-confirmation",
      payload: { attendeeId, manageToken: attendeeToken },
    });
  }
  // An activity without a waiting list that filled up while the form was open: nothing is kept.
  if (full.length > 0) throw new AppError("conflict", "activity full", full);

  emails.push({
    eventId: event.id,
    recipient: registration.contactEmail,
    locale: input.locale,
    template: "registration-received",
    payload: { registrationId: registration.id, manageToken },
  });
  await tx.attendee.createMany({ data: attendees });
  if (signups.length > 0) await tx.signup.createMany({ data: signups });
  await enqueueEmails(tx, emails);
  await writeAuditEntry(tx, {
    eventId: event.id,
    actor: { type: "contact", id: registration.id },
    action: "registration.created",
    entityType: "Registration",
    entityId: registration.id,
    changes: {
      reference: registration.reference,
      organisation: organisation.name,
      delegates: input.delegates.length,
    },
  });
  return registration.id;
}

/**
 * Creates a registration with its attendees and signups, the audit row and the outbox e-mails,
 * all in one transaction. Sending the same idempotency key again returns the first result.
 */
export async function createRegistration(
  input: CreateRegistrationInput,
  now: Date = new Date(),
): Promise<CreatedRegistration> {
  const event = await db.event.findFirst({ where: { slug: input.eventSlug } });
  if (!event) throw new AppError("not_found", "no such event");
  const earlier = await findByIdempotencyKey(event.id, input.idempotencyKey);
  if (earlier) return { summary: earlier, replayed: true };

  for (let attempt = 1; ; attempt++) {
    try {
      const registrationId = await db.$transaction(
        (tx) => insertRegistration(tx, event, input, now),
        TRANSACTION_OPTIONS,
      );
      return { summary: (await getRegistrationSummary(registrationId))!, replayed: false };
    } catch (error) {
      // The same submit arrived twice at once and the other copy committed first: this copy may
      // then fail on the key itself or on the e-mails the other copy just registered. Either way
      // it is a repeat, not a conflict.
      const winner = await findByIdempotencyKey(event.id, input.idempotencyKey);
      if (winner) return { summary: winner, replayed: true };
      const constraint = violatedUniqueConstraint(error);
      if (constraint === "Attendee_one_email_per_event_idx") {
        throw new AppError("conflict", "e-mail already registered", [
          { field: "delegates", code: "emailTaken" },
        ]);
      }
      if (constraint === "Attendee_one_voting_delegate_idx") {
        const index = input.delegates.findIndex((delegate) => delegate.isVotingDelegate);
        const organisation = await db.organisation.findFirst({
          where:
            input.organisation.kind === "member"
              ? { id: input.organisation.id }
              : { name: input.organisation.name },
        });
        throw votingDelegateTaken(organisation?.name ?? "", `delegates.${index}.isVotingDelegate`);
      }
      const retry = constraint === "Registration_reference_key" || isRetryableTransactionError(error);
      if (!retry || attempt >= ATTEMPTS) throw error;
    }
  }
}
