// Small builders for rows the schema needs; each call makes unique values.
import { randomUUID } from "node:crypto";
import type { DbOrTx } from "@/lib/db";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createEvent(db: DbOrTx, overrides: Record<string, unknown> = {}) {
  const id = unique();
  return db.event.create({
    data: {
      slug: `event-${id}`,
      nameSv: "Testträff",
      nameEn: "Test meeting",
      summarySv: "Sammanfattning",
      summaryEn: "Summary",
      startsAt: new Date("2027-04-25T08:00:00Z"),
      endsAt: new Date("2027-04-26T13:00:00Z"),
      venueName: "Kulturens hus",
      venueAddress: "Skeppsbrogatan 17",
      city: "Luleå",
      referencePrefix: "TST",
      contactEmail: "kontakt@example.se",
      registrationOpensAt: new Date("2026-11-01T00:00:00Z"),
      registrationClosesAt: new Date("2027-03-28T00:00:00Z"),
      changeDeadline: new Date("2027-04-11T00:00:00Z"),
      status: "open",
      retainUntil: new Date("2027-07-25T00:00:00Z"),
      ...overrides,
    },
  });
}

export async function createOrganisation(db: DbOrTx, overrides: Record<string, unknown> = {}) {
  return db.organisation.create({
    data: { name: `Kommun ${unique()}`, isMember: true, votes: 1, ...overrides },
  });
}

export async function createActivity(db: DbOrTx, eventId: string, overrides: Record<string, unknown> = {}) {
  return db.activity.create({
    data: {
      eventId,
      key: `activity-${unique()}`,
      kind: "programme",
      nameSv: "Program",
      nameEn: "Programme",
      placeSv: "Luleå",
      placeEn: "Luleå",
      startsAt: new Date("2027-04-25T08:00:00Z"),
      endsAt: new Date("2027-04-25T15:00:00Z"),
      ...overrides,
    },
  });
}

export async function createRegistration(db: DbOrTx, eventId: string, organisationId: string) {
  return db.registration.create({
    data: {
      eventId,
      organisationId,
      reference: `TST-${unique().toUpperCase()}`,
      contactName: "Kontakt Person",
      contactEmail: "kontakt@example.se",
      contactPhone: "070-000 00 00",
      manageTokenHash: randomUUID(),
      idempotencyKey: randomUUID(),
      consentAt: new Date(),
    },
  });
}

export async function createAttendee(
  db: DbOrTx,
  registration: { id: string; eventId: string; organisationId: string },
  overrides: Record<string, unknown> = {},
) {
  return db.attendee.create({
    data: {
      registrationId: registration.id,
      eventId: registration.eventId,
      organisationId: registration.organisationId,
      name: "Delegat Delegatsson",
      email: `delegat-${unique()}@example.se`,
      title: "Kommunstyrelsens ordförande",
      manageTokenHash: randomUUID(),
      ...overrides,
    },
  });
}
