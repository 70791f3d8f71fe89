// A seeded Luleå meeting and registration inputs for it, as the form or the API would send them.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed-data/seed";
import type { CreateRegistrationInput } from "@/lib/registrations/create-registration";
import { invitationTokenFor, invitationTokenHash } from "@/lib/invitations/invitation-token";

/** Mid-January 2027: registration is open and the HYBRIT sign-up has not closed. */
export const OPEN_NOW = new Date("2027-01-15T10:00:00Z");

/** The invitation link's token of each member for the seeded meeting, made by seededMeeting. */
const invitationTokens = new Map<string, string>();

/**
 * The seeded meeting, with an invitation for every member to it, so a registration built by
 * `registration` speaks for its member as one made through the invitation link does.
 */
export async function seededMeeting() {
  await seed();
  const event = await db.event.findUniqueOrThrow({
    where: { slug: "lulea-2027" },
    include: { activities: true },
  });
  const activity = (key: string) => event.activities.find((candidate) => candidate.key === key)!;
  const members = await db.organisation.findMany({ where: { isMember: true }, orderBy: { name: "asc" } });
  for (const member of members) invitationTokens.set(member.id, await inviteMember(event.id, member.id));
  return { event, activity, members };
}

/** An invitation of the organisation to the event (made once), and its link's token. */
export async function inviteMember(
  eventId: string,
  organisationId: string,
  email = "karin.kontakt@example.se",
) {
  const existing = await db.invitation.findUnique({
    where: { eventId_organisationId_email: { eventId, organisationId, email } },
  });
  const id = existing?.id ?? randomUUID();
  if (!existing) {
    await db.invitation.create({
      data: { id, eventId, organisationId, email, tokenHash: invitationTokenHash(id) },
    });
  }
  return invitationTokenFor(id);
}

let sequence = 0;

export function delegate(
  activityIds: string[],
  overrides: Partial<CreateRegistrationInput["delegates"][number]> = {},
) {
  sequence += 1;
  return {
    name: `Delegat ${sequence}`,
    email: `delegat-${sequence}-${randomUUID().slice(0, 8)}@example.se`,
    title: "Kommundirektör",
    phone: "",
    activityIds,
    isVotingDelegate: false,
    dietChoices: [],
    dietOther: "",
    allergies: "",
    accessibilityNeeds: "",
    answers: {},
    listConsent: true,
    ...overrides,
  };
}

export const HYBRIT_ANSWERS = { dateOfBirth: "1970-05-04", nationality: "Svensk", shoeSize: "43" };

export function registration(
  organisationId: string,
  delegates: CreateRegistrationInput["delegates"],
  overrides: Partial<CreateRegistrationInput> = {},
): CreateRegistrationInput {
  const invitationToken = invitationTokens.get(organisationId);
  return {
    eventSlug: "lulea-2027",
    idempotencyKey: randomUUID(),
    locale: "sv",
    organisation: { kind: "member", id: organisationId },
    ...(invitationToken ? { invitationToken } : {}),
    contact: { name: "Karin Kontakt", email: "karin.kontakt@example.se", phone: "070-123 45 67" },
    privacyConsent: true,
    delegates,
    ...overrides,
  };
}

export async function rowCounts() {
  const [registrations, attendees, signups, outbox, audit, organisations] = await Promise.all([
    db.registration.count(),
    db.attendee.count(),
    db.signup.count(),
    db.outboxEmail.count(),
    db.auditEntry.count(),
    db.organisation.count(),
  ]);
  return { registrations, attendees, signups, outbox, audit, organisations };
}
