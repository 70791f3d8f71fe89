import "server-only";
import { randomUUID } from "node:crypto";
import type { Insertable } from "kysely";
import type { DB } from "@/lib/generated/kysely/database";
import type { DelegateInput } from "@/lib/validation/registration";
import { hashToken } from "./tokens";

type PersonFields = Pick<
  DelegateInput,
  | "name"
  | "email"
  | "phone"
  | "title"
  | "dietChoices"
  | "dietOther"
  | "allergies"
  | "accessibilityNeeds"
  | "isVotingDelegate"
  | "listConsent"
>;

/**
 * The one shape of a new attendee row, for a new registration (write-registration.ts) and for a
 * delegate added later (add-attendee.ts). Only the hash of the private link's token is kept.
 */
export function attendeeRow(input: {
  registration: { id: string; eventId: string; organisationId: string; locale: "sv" | "en" };
  person: PersonFields;
  /** Answers to the meeting's own questions, only those asked (keptAnswers). */
  answers: Record<string, string>;
  /** A registration awaiting approval records the voting delegate it names, without the vote. */
  pending?: boolean;
  manageToken: string;
  createdAt: Date;
}) {
  const { registration, person } = input;
  return {
    id: randomUUID(),
    registrationId: registration.id,
    eventId: registration.eventId,
    organisationId: registration.organisationId,
    status: "active" as const,
    name: person.name,
    email: person.email,
    phone: person.phone || null,
    title: person.title,
    dietChoices: person.dietChoices,
    dietOther: person.dietOther,
    allergies: person.allergies,
    accessibilityNeeds: person.accessibilityNeeds,
    answers: input.answers,
    isVotingDelegate: person.isVotingDelegate && !input.pending,
    votePending: person.isVotingDelegate && Boolean(input.pending),
    listConsent: person.listConsent,
    locale: registration.locale,
    manageTokenHash: hashToken(input.manageToken),
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
  } satisfies Insertable<DB["Attendee"]>;
}
