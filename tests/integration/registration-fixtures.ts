// A seeded Luleå meeting and registration inputs for it, as the form or the API would send them.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed-data/seed";
import type { CreateRegistrationInput } from "@/lib/registrations/create-registration";

/** Mid-January 2027: registration is open and the HYBRIT sign-up has not closed. */
export const OPEN_NOW = new Date("2027-01-15T10:00:00Z");

export async function seededMeeting() {
  await seed(db);
  const event = await db.event.findUniqueOrThrow({
    where: { slug: "lulea-2027" },
    include: { activities: true },
  });
  const activity = (key: string) => event.activities.find((candidate) => candidate.key === key)!;
  const members = await db.organisation.findMany({ where: { isMember: true }, orderBy: { name: "asc" } });
  return { event, activity, members };
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
  return {
    eventSlug: "lulea-2027",
    idempotencyKey: randomUUID(),
    locale: "sv",
    organisation: { kind: "member", id: organisationId },
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
