import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { listPublicEvents } from "@/lib/events/list-public-events";
import {
  createActivity,
  createAttendee,
  createEvent,
  createOrganisation,
  createRegistration,
} from "./fixtures";

describe("getPublicEvent", () => {
  it("returns the event with activities in time order and seats left from confirmed signups", async () => {
    const event = await createEvent(db, {
      themes: [{ titleSv: "Utbildning", titleEn: "Education", textSv: "Text", textEn: "Text" }],
    });
    const later = await createActivity(db, event.id, {
      startsAt: new Date("2027-04-26T06:30:00Z"),
      endsAt: new Date("2027-04-26T09:00:00Z"),
      capacity: 3,
      waitlistEnabled: true,
      signupClosesAt: new Date("2027-04-20T10:00:00.123Z"),
    });
    const earlier = await createActivity(db, event.id);
    const registration = await createRegistration(db, event.id, (await createOrganisation(db)).id);
    for (const status of ["confirmed", "waitlisted", "cancelled"] as const) {
      const attendee = await createAttendee(db, registration);
      await db.signup.create({
        data: {
          attendeeId: attendee.id,
          activityId: later.id,
          eventId: event.id,
          status,
          queueNumber: status === "waitlisted" ? 1 : null,
        },
      });
    }

    const found = await getPublicEvent(event.slug);
    expect(found?.activities.map((activity) => activity.id)).toEqual([earlier.id, later.id]);
    expect(found?.activities[0]).toMatchObject({ capacity: null, seatsLeft: null });
    expect(found?.activities[1]).toMatchObject({ capacity: 3, seatsLeft: 2 });
    expect(found?.themes).toEqual([
      { title: { sv: "Utbildning", en: "Education" }, text: { sv: "Text", en: "Text" } },
    ]);
    // Read in one SQL statement, the activities' fields (times included, as Dates) are the rows'.
    const stored = await db.activity.findUniqueOrThrow({ where: { id: later.id } });
    expect(found?.activities[1]).toEqual({
      id: stored.id,
      key: stored.key,
      kind: stored.kind,
      name: { sv: stored.nameSv, en: stored.nameEn },
      description: { sv: stored.descriptionSv, en: stored.descriptionEn },
      place: { sv: stored.placeSv, en: stored.placeEn },
      startsAt: stored.startsAt,
      endsAt: stored.endsAt,
      capacity: 3,
      seatsLeft: 2,
      waitlistEnabled: true,
      signupClosesAt: stored.signupClosesAt,
      membersOnly: stored.membersOnly,
      questions: [],
    });
    const storedEvent = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(found).toMatchObject({
      startsAt: storedEvent.startsAt,
      endsAt: storedEvent.endsAt,
      registrationOpensAt: storedEvent.registrationOpensAt,
      changeDeadline: storedEvent.changeDeadline,
      name: { sv: storedEvent.nameSv, en: storedEvent.nameEn },
    });
  });

  it("hides draft and archived events", async () => {
    for (const status of ["draft", "archived"] as const) {
      const event = await createEvent(db, { status });
      expect(await getPublicEvent(event.slug)).toBeNull();
    }
    expect(await getPublicEvent("no-such-event")).toBeNull();
  });
});

describe("listPublicEvents", () => {
  it("lists published events that have not ended, soonest first", async () => {
    const now = new Date("2027-01-01T00:00:00Z");
    const later = await createEvent(db, {
      startsAt: new Date("2027-10-01T08:00:00Z"),
      endsAt: new Date("2027-10-02T08:00:00Z"),
    });
    const sooner = await createEvent(db, {
      startsAt: new Date("2027-02-01T08:00:00Z"),
      endsAt: new Date("2027-02-02T08:00:00Z"),
    });
    const draft = await createEvent(db, { status: "draft" });
    const past = await createEvent(db, {
      startsAt: new Date("2026-04-01T08:00:00Z"),
      endsAt: new Date("2026-04-02T08:00:00Z"),
      registrationOpensAt: new Date("2025-01-01T00:00:00Z"),
      registrationClosesAt: new Date("2026-03-01T00:00:00Z"),
    });
    const mine = new Set([later.slug, sooner.slug, draft.slug, past.slug]);
    const listed = (await listPublicEvents(now)).map((event) => event.slug).filter((slug) => mine.has(slug));
    expect(listed).toEqual([sooner.slug, later.slug]);
  });
});
