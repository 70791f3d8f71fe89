// An administrator keeps the programme in the app: adds activities, changes their kind, meals and
// members-only, removes one nobody chose or cancels one people had chosen (and tells them); an
// archived meeting is read-only.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addActivity } from "@/lib/admin/add-activity";
import { removeActivity } from "@/lib/admin/remove-activity";
import { updateActivitySettings, updateEventSettings } from "@/lib/admin/update-event-settings";
import { updateEventPlace } from "@/lib/admin/update-event-place";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { createRegistration } from "@/lib/registrations/create-registration";
import { newActivityInput, type NewActivityInput } from "@/lib/validation/event-settings";
import { delegate, OPEN_NOW, registration, seededMeeting } from "./registration-fixtures";
import { errorCodeOf, outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let admin: { userId: string; email: string };
let staff: { userId: string; email: string };

beforeAll(async () => {
  meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "programme-admin@lulea.example.se", "admin");
  staff = await staffMember(meeting.event.id, "programme-staff@lulea.example.se", "staff");
});

const form = (overrides: Record<string, unknown> = {}): NewActivityInput =>
  newActivityInput.parse({
    nameSv: "Lunch på Kulturens hus",
    nameEn: "Lunch at Kulturens hus",
    placeSv: "Kulturens hus",
    placeEn: "Kulturens hus",
    kind: "dinner",
    startsAt: "2027-04-25T12:00",
    endsAt: "2027-04-25T13:00",
    signupClosesAt: "",
    capacity: "80",
    waitlistEnabled: false,
    servesMeal: true,
    membersOnly: false,
    sortOrder: "0",
    ...overrides,
  });

describe("adding an activity", () => {
  it("puts it on the public programme with a key of its own, audited; admins only", async () => {
    expect(await errorCodeOf(addActivity(staff, "lulea-2027", form()))).toBe("forbidden");
    const first = await addActivity(
      admin,
      "lulea-2027",
      form({ descriptionSv: "Smörgås och kaffe.", descriptionEn: "Sandwich and coffee." }),
    );
    const second = await addActivity(
      admin,
      "lulea-2027",
      form({ startsAt: "2027-04-26T12:00", endsAt: "2027-04-26T13:00" }),
    );
    const [a, b] = await Promise.all(
      [first.id, second.id].map((id) => db.activity.findUniqueOrThrow({ where: { id } })),
    );
    expect([a!.key, b!.key]).toEqual(["lunch-pa-kulturens-hus", "lunch-pa-kulturens-hus-2"]);
    expect(a).toMatchObject({ kind: "dinner", servesMeal: true, capacity: 80 });
    // Stockholm time: 12:00 in April is 10:00 UTC.
    expect(a!.startsAt.toISOString()).toBe("2027-04-25T10:00:00.000Z");
    const event = await getPublicEvent("lulea-2027");
    expect(event!.activities.find((activity) => activity.key === a!.key)?.description).toEqual({
      sv: "Smörgås och kaffe.",
      en: "Sandwich and coffee.",
    });
    expect(await db.auditEntry.count({ where: { action: "activity.added", entityId: a!.id } })).toBe(1);
  });

  it("refuses a second annual meeting and a start after the end", async () => {
    expect(await outcomeOf(addActivity(admin, "lulea-2027", form({ kind: "annual_meeting" })))).toBe(
      "oneAnnualMeeting",
    );
    const parsed = newActivityInput.safeParse({
      ...form(),
      startsAt: "2027-04-25T14:00",
      endsAt: "2027-04-25T13:00",
    });
    expect(parsed.success).toBe(false);
  });
});

describe("changing an activity", () => {
  it("does not make it members-only under observers who hold places", async () => {
    const dinner = meeting.activity("dinner");
    await createRegistration(
      {
        ...registration(meeting.members[0]!.id, [delegate([dinner.id])]),
        invitationToken: undefined,
        organisation: { kind: "observer", name: "Gästbolaget AB" },
      },
      OPEN_NOW,
    );
    const settings = {
      nameSv: dinner.nameSv,
      nameEn: dinner.nameEn,
      descriptionSv: dinner.descriptionSv,
      descriptionEn: dinner.descriptionEn,
      placeSv: dinner.placeSv,
      placeEn: dinner.placeEn,
      kind: dinner.kind,
      startsAt: dinner.startsAt,
      endsAt: dinner.endsAt,
      signupClosesAt: dinner.signupClosesAt,
      capacity: dinner.capacity,
      waitlistEnabled: dinner.waitlistEnabled,
      servesMeal: dinner.servesMeal,
      membersOnly: true,
      sortOrder: dinner.sortOrder,
      overrideCapacity: false,
    };
    expect(await outcomeOf(updateActivitySettings(admin, dinner.id, settings))).toBe(
      "membersOnlyHasObservers",
    );
    expect(
      await outcomeOf(
        updateActivitySettings(admin, dinner.id, { ...settings, membersOnly: false, sortOrder: 3 }),
      ),
    ).toBe("ok");
    expect((await db.activity.findUniqueOrThrow({ where: { id: dinner.id } })).sortOrder).toBe(3);
  });
});

describe("removing an activity", () => {
  it("deletes one nobody signed up for", async () => {
    const { id } = await addActivity(admin, "lulea-2027", form({ nameSv: "Kaffe", nameEn: "Coffee" }));
    expect(await removeActivity(admin, "lulea-2027", id)).toEqual({ outcome: "deleted", told: 0 });
    expect(await db.activity.count({ where: { id } })).toBe(0);
  });

  it("cancels one people chose: their places go, they are told, it leaves the programme and the form", async () => {
    const { id } = await addActivity(
      admin,
      "lulea-2027",
      form({ nameSv: "Båttur", nameEn: "Boat trip", kind: "programme", servesMeal: false }),
    );
    const { summary } = await createRegistration(
      registration(meeting.members[1]!.id, [delegate([meeting.activity("day-1").id, id])]),
      OPEN_NOW,
    );
    expect(await errorCodeOf(removeActivity(staff, "lulea-2027", id))).toBe("forbidden");
    expect(await removeActivity(admin, "lulea-2027", id)).toEqual({ outcome: "cancelled", told: 1 });
    const signup = await db.signup.findFirstOrThrow({ where: { activityId: id } });
    expect(signup.status).toBe("cancelled");
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { template: "staff-message", recipient: summary.attendees[0]!.email },
    });
    expect(mail.payload).toMatchObject({ subject: "Inställt: Båttur" });
    expect((await getPublicEvent("lulea-2027"))!.activities.map((activity) => activity.id)).not.toContain(id);
    expect(
      await outcomeOf(createRegistration(registration(meeting.members[2]!.id, [delegate([id])]), OPEN_NOW)),
    ).toBe("activityCancelled");
    const again = await removeActivity(admin, "lulea-2027", id).catch((error) => error);
    expect(again).toMatchObject({ code: "conflict", messageKey: "activityAlreadyCancelled" });
  });
});

describe("an archived meeting", () => {
  it("is read-only until its status changes", async () => {
    const event = meeting.event;
    await db.event.update({ where: { id: event.id }, data: { status: "archived" } });
    try {
      expect(await errorCodeOf(addActivity(admin, "lulea-2027", form()))).toBe("conflict");
      const place = {
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        city: event.city,
        venueName: event.venueName,
        venueAddress: event.venueAddress,
        hostOrganisationId: event.hostOrganisationId,
        contactEmail: event.contactEmail,
        retainUntil: event.retainUntil,
        notifyRegistered: false,
      };
      expect(await errorCodeOf(updateEventPlace(admin, "lulea-2027", place))).toBe("conflict");
      const settings = {
        nameSv: "Ändrat namn",
        nameEn: event.nameEn,
        summarySv: event.summarySv,
        summaryEn: event.summaryEn,
        descriptionSv: event.descriptionSv,
        descriptionEn: event.descriptionEn,
        registrationOpensAt: event.registrationOpensAt,
        registrationClosesAt: event.registrationClosesAt,
        changeDeadline: event.changeDeadline,
        reminderDaysBefore: event.reminderDaysBefore,
      };
      expect(
        await errorCodeOf(updateEventSettings(admin, "lulea-2027", { ...settings, status: "archived" })),
      ).toBe("conflict");
      expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).nameSv).toBe(event.nameSv);
      await updateEventSettings(admin, "lulea-2027", { ...settings, nameSv: event.nameSv, status: "open" });
      expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("open");
    } finally {
      await db.event.update({ where: { id: event.id }, data: { status: "open" } });
    }
  });
});
