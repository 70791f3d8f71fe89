// The invariants the database itself enforces, whatever the application code does.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createActivity,
  createAttendee,
  createEvent,
  createOrganisation,
  createRegistration,
} from "./fixtures";

describe("database constraints", () => {
  it("rejects a negative capacity", async () => {
    const event = await createEvent(db);
    await expect(createActivity(db, event.id, { capacity: -1 })).rejects.toThrow(/Activity_capacity_check/);
  });

  it("rejects an event that ends before it starts", async () => {
    await expect(
      createEvent(db, {
        startsAt: new Date("2027-04-26T00:00:00Z"),
        endsAt: new Date("2027-04-25T00:00:00Z"),
      }),
    ).rejects.toThrow(/Event_dates_check/);
  });

  it("rejects a programme point that ends before it starts", async () => {
    const event = await createEvent(db);
    const at = new Date("2027-04-25T10:00:00Z");
    await expect(
      db.programmeItem.create({
        data: { eventId: event.id, startsAt: at, endsAt: at, titleSv: "A", titleEn: "A" },
      }),
    ).rejects.toThrow(/ProgrammeItem_ends_after_start/);
  });

  it("rejects votes for an observer organisation", async () => {
    await expect(createOrganisation(db, { isMember: false, votes: 1 })).rejects.toThrow(
      /observer_votes_check/,
    );
  });

  it("allows one voting delegate per organisation per event, across registrations", async () => {
    const event = await createEvent(db);
    const organisation = await createOrganisation(db);
    const first = await createRegistration(db, event.id, organisation.id);
    const second = await createRegistration(db, event.id, organisation.id);
    await createAttendee(db, first, { isVotingDelegate: true });
    await expect(createAttendee(db, second, { isVotingDelegate: true })).rejects.toThrow(
      /Unique constraint.*eventId.*organisationId/,
    );
  });

  it("frees the voting-delegate slot when the delegate is cancelled", async () => {
    const event = await createEvent(db);
    const organisation = await createOrganisation(db);
    const registration = await createRegistration(db, event.id, organisation.id);
    const delegate = await createAttendee(db, registration, { isVotingDelegate: true });
    await db.attendee.update({
      where: { id: delegate.id },
      data: { status: "cancelled", cancelledAt: new Date() },
    });
    await expect(createAttendee(db, registration, { isVotingDelegate: true })).resolves.toBeDefined();
  });

  it("lets another event have its own voting delegate for the same organisation", async () => {
    const organisation = await createOrganisation(db);
    for (const event of [await createEvent(db), await createEvent(db)]) {
      const registration = await createRegistration(db, event.id, organisation.id);
      await createAttendee(db, registration, { isVotingDelegate: true });
    }
    expect(
      await db.attendee.count({ where: { organisationId: organisation.id, isVotingDelegate: true } }),
    ).toBe(2);
  });

  it("rejects the same e-mail twice for one event, and upper-case e-mail addresses", async () => {
    const event = await createEvent(db);
    const registration = await createRegistration(db, event.id, (await createOrganisation(db)).id);
    await createAttendee(db, registration, { email: "anna@example.se" });
    await expect(createAttendee(db, registration, { email: "anna@example.se" })).rejects.toThrow(
      /Unique constraint.*eventId.*email/,
    );
    await expect(createAttendee(db, registration, { email: "Bo@example.se" })).rejects.toThrow(
      /email_lowercase/,
    );
  });

  it("keeps an attendee's event and organisation equal to its registration's", async () => {
    const event = await createEvent(db);
    const registration = await createRegistration(db, event.id, (await createOrganisation(db)).id);
    const otherOrganisation = await createOrganisation(db);
    await expect(
      createAttendee(db, { ...registration, organisationId: otherOrganisation.id }),
    ).rejects.toThrow(/Foreign key constraint/i);
  });

  it("refuses a signup for another event's activity", async () => {
    const event = await createEvent(db);
    const otherEvent = await createEvent(db);
    const activity = await createActivity(db, otherEvent.id);
    const registration = await createRegistration(db, event.id, (await createOrganisation(db)).id);
    const attendee = await createAttendee(db, registration);
    await expect(
      db.signup.create({
        data: { attendeeId: attendee.id, activityId: activity.id, eventId: event.id, status: "confirmed" },
      }),
    ).rejects.toThrow(/Foreign key constraint/i);
  });

  it("requires a queue number for a waitlisted signup, unique within the activity", async () => {
    const event = await createEvent(db);
    const activity = await createActivity(db, event.id, { capacity: 0, waitlistEnabled: true });
    const registration = await createRegistration(db, event.id, (await createOrganisation(db)).id);
    const [first, second] = [await createAttendee(db, registration), await createAttendee(db, registration)];
    const signup = (attendeeId: string, queueNumber: number | null) =>
      db.signup.create({
        data: { attendeeId, activityId: activity.id, eventId: event.id, status: "waitlisted", queueNumber },
      });
    await expect(signup(first!.id, null)).rejects.toThrow(/Signup_queue_check/);
    await signup(first!.id, 1);
    await expect(signup(second!.id, 1)).rejects.toThrow(/Unique constraint.*activityId.*queueNumber/);
  });
});
