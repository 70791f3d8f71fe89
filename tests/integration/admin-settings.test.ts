import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEntries, auditQuery } from "@/lib/admin/list-audit-entries";
import { listEventStaff, removeStaffRole, setStaffRole } from "@/lib/admin/event-staff";
import { resendConfirmation } from "@/lib/admin/resend-confirmation";
import { updateActivitySettings, updateEventSettings } from "@/lib/admin/update-event-settings";
import { updateEventPlace } from "@/lib/admin/update-event-place";
import { eventPlaceInput } from "@/lib/validation/event-settings";
import { createRegistration } from "@/lib/registrations/create-registration";
import { resolveManageToken } from "@/lib/registrations/manage-access";
import { HYBRIT_ANSWERS, OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { errorCodeOf as code } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
const people: Record<string, { userId: string; email: string } | null> = { anonymous: null };

beforeAll(async () => {
  meeting = await seededMeeting();
  for (const role of ["viewer", "staff", "admin"] as const) {
    const user = await db.user.create({ data: { email: `${role}@lulea.example.se` } });
    await db.eventRole.create({ data: { eventId: meeting.event.id, userId: user.id, role } });
    people[role] = { userId: user.id, email: user.email };
  }
});

/** The HYBRIT visit's settings as the form sends them, with a new capacity. */
const hybritSettings = (capacity: number, overrideCapacity: boolean) => {
  const hybrit = meeting.activity("hybrit");
  return {
    nameSv: hybrit.nameSv,
    nameEn: hybrit.nameEn,
    descriptionSv: hybrit.descriptionSv,
    descriptionEn: hybrit.descriptionEn,
    placeSv: hybrit.placeSv,
    placeEn: hybrit.placeEn,
    kind: hybrit.kind,
    startsAt: hybrit.startsAt,
    endsAt: hybrit.endsAt,
    signupClosesAt: hybrit.signupClosesAt,
    capacity,
    waitlistEnabled: true,
    servesMeal: hybrit.servesMeal,
    membersOnly: hybrit.membersOnly,
    sortOrder: hybrit.sortOrder,
    overrideCapacity,
  };
};

const settings = () => ({
  nameSv: "Nytt namn",
  nameEn: "New name",
  summarySv: "Sammanfattning",
  summaryEn: "Summary",
  descriptionSv: "",
  descriptionEn: "",
  registrationOpensAt: meeting.event.registrationOpensAt,
  registrationClosesAt: meeting.event.registrationClosesAt,
  changeDeadline: meeting.event.changeDeadline,
  status: "open" as const,
  reminderDaysBefore: 5,
});

const place = (overrides: Partial<ReturnType<typeof eventPlaceInput.parse>> = {}) => ({
  startsAt: meeting.event.startsAt,
  endsAt: meeting.event.endsAt,
  city: meeting.event.city,
  venueName: meeting.event.venueName,
  venueAddress: meeting.event.venueAddress,
  hostOrganisationId: meeting.event.hostOrganisationId,
  contactEmail: meeting.event.contactEmail,
  retainUntil: meeting.event.retainUntil,
  notifyRegistered: false,
  ...overrides,
});

describe("admin-only services refuse everyone below admin", () => {
  it.each(["anonymous", "viewer", "staff"])("%s", async (who) => {
    const caller = people[who]!;
    const expected = who === "anonymous" ? "unauthorized" : "forbidden";
    expect(await code(updateEventSettings(caller, "lulea-2027", settings()))).toBe(expected);
    expect(
      await code(updateActivitySettings(caller, meeting.activity("hybrit").id, hybritSettings(10, false))),
    ).toBe(expected);
    expect(await code(listEventStaff(caller, "lulea-2027"))).toBe(expected);
    expect(await code(updateEventPlace(caller, "lulea-2027", place()))).toBe(expected);
    expect(await code(setStaffRole(caller, "lulea-2027", "ny@lulea.example.se", "staff"))).toBe(expected);
    expect(await code(listAuditEntries(caller, "lulea-2027", auditQuery.parse({})))).toBe(expected);
  });
});

describe("event settings", () => {
  it("change texts and the reminder, audited", async () => {
    await updateEventSettings(people.admin!, "lulea-2027", settings());
    expect(await db.event.findUniqueOrThrow({ where: { slug: "lulea-2027" } })).toMatchObject({
      nameSv: "Nytt namn",
      reminderDaysBefore: 5,
    });
    const log = await listAuditEntries(people.admin!, "lulea-2027", auditQuery.parse({ action: "event." }));
    expect(log.entries[0]).toMatchObject({ action: "event.settings-changed", actorType: "staff" });
  });

  it("keep the capacity above the confirmed places unless overridden, and fill new places from the queue", async () => {
    const hybrit = meeting.activity("hybrit");
    await db.activity.update({ where: { id: hybrit.id }, data: { capacity: 1 } });
    const { summary } = await createRegistration(
      registration(
        meeting.members[0]!.id,
        [1, 2].map(() => delegate([hybrit.id], { answers: { [hybrit.id]: HYBRIT_ANSWERS } })),
      ),
      OPEN_NOW,
    );
    const [first, second] = summary.attendees.map((attendee) => attendee.signups[0]!);
    expect([first!.status, second!.status]).toEqual(["confirmed", "waitlisted"]);

    expect(await code(updateActivitySettings(people.admin!, hybrit.id, hybritSettings(0, false)))).toBe(
      "conflict",
    );
    await updateActivitySettings(people.admin!, hybrit.id, hybritSettings(2, false));
    expect((await db.signup.findUniqueOrThrow({ where: { id: second!.signupId } })).status).toBe("confirmed");

    await updateActivitySettings(people.admin!, hybrit.id, hybritSettings(1, true));
    const overridden = await listAuditEntries(
      people.admin!,
      "lulea-2027",
      auditQuery.parse({ action: "activity.capacity-overridden" }),
    );
    expect(overridden.total).toBe(1);
  });
});

describe("staff and roles", () => {
  it("an admin adds, changes and removes staff, but never demotes or removes themself", async () => {
    await setStaffRole(people.admin!, "lulea-2027", "Ny.Person@Lulea.example.se", "viewer");
    let staff = await listEventStaff(people.admin!, "lulea-2027");
    const added = staff.find((member) => member.email === "ny.person@lulea.example.se")!;
    expect(added.role).toBe("viewer");
    await setStaffRole(people.admin!, "lulea-2027", added.email, "staff");
    expect(
      (await listEventStaff(people.admin!, "lulea-2027")).find((member) => member.userId === added.userId)!
        .role,
    ).toBe("staff");
    await removeStaffRole(people.admin!, "lulea-2027", added.userId);
    staff = await listEventStaff(people.admin!, "lulea-2027");
    expect(staff.some((member) => member.userId === added.userId)).toBe(false);
    expect(await code(setStaffRole(people.admin!, "lulea-2027", people.admin!.email, "viewer"))).toBe(
      "conflict",
    );
    expect(await code(removeStaffRole(people.admin!, "lulea-2027", people.admin!.userId))).toBe("conflict");
  });
});

describe("resending a confirmation", () => {
  it("sends a new private link and retires the old one (staff and up)", async () => {
    const { summary } = await createRegistration(
      registration(meeting.members[2]!.id, [delegate([meeting.activity("day-1").id])]),
      OPEN_NOW,
    );
    const attendeeId = summary.attendees[0]!.id;
    const first = await db.outboxEmail.findFirstOrThrow({
      where: { template: "attendee-confirmation", payload: { path: ["attendeeId"], equals: attendeeId } },
    });
    const oldToken = (first.payload as { manageToken: string }).manageToken;
    expect(await code(resendConfirmation(people.viewer!, attendeeId))).toBe("forbidden");
    await resendConfirmation(people.staff!, attendeeId);
    const mails = await db.outboxEmail.findMany({
      where: { template: "attendee-confirmation", payload: { path: ["attendeeId"], equals: attendeeId } },
      orderBy: { createdAt: "asc" },
    });
    expect(mails).toHaveLength(2);
    const newToken = (mails[1]!.payload as { manageToken: string }).manageToken;
    expect(await resolveManageToken(oldToken)).toBeNull();
    expect(await resolveManageToken(newToken)).toMatchObject({ kind: "attendee", attendeeId });
  });
});

describe("place and time", () => {
  it("a change of venue tells everyone registered in their language when asked, and only then", async () => {
    await createRegistration(
      registration(meeting.members[5]!.id, [delegate([meeting.activity("day-1").id])], { locale: "en" }),
      OPEN_NOW,
    );
    const active = await db.attendee.count({ where: { eventId: meeting.event.id, status: "active" } });
    const staffMessages = () => db.outboxEmail.count({ where: { template: "staff-message" } });
    const before = await staffMessages();

    // Asked, but nothing a participant would notice changed: nobody is mailed.
    await updateEventPlace(
      people.admin!,
      "lulea-2027",
      place({ contactEmail: "ny@lulea.example.se", notifyRegistered: true }),
    );
    expect(await staffMessages()).toBe(before);

    // A new venue, not asked: saved, nobody mailed.
    await updateEventPlace(people.admin!, "lulea-2027", place({ venueName: "Kulturens hus, stora salen" }));
    expect(await staffMessages()).toBe(before);

    const { told } = await updateEventPlace(
      people.admin!,
      "lulea-2027",
      place({ venueName: "Luleå tekniska universitet", city: "Luleå", notifyRegistered: true }),
    );
    expect(told).toBe(active);
    expect(await staffMessages()).toBe(before + active);
    const english = await db.outboxEmail.findFirstOrThrow({
      where: { template: "staff-message", locale: "en" },
      orderBy: { createdAt: "desc" },
    });
    expect(english.payload).toMatchObject({ subject: expect.stringMatching(/^New time or place: /) });
    expect((english.payload as { body: string }).body).toContain("Luleå tekniska universitet");
    const event = await db.event.findUniqueOrThrow({ where: { slug: "lulea-2027" } });
    expect(event.venueName).toBe("Luleå tekniska universitet");
    const log = await listAuditEntries(
      people.admin!,
      "lulea-2027",
      auditQuery.parse({ action: "event.place" }),
    );
    expect(log.entries[0]).toMatchObject({ action: "event.place-changed" });
  });

  it("refuses an end before the start, data removed before the meeting ends, and a host that is not a member", async () => {
    const parsed = (overrides: Record<string, unknown>) => {
      const result = eventPlaceInput.safeParse({
        ...place(),
        startsAt: "2027-04-25T10:00",
        endsAt: "2027-04-26T16:00",
        retainUntil: "2027-10-31T00:00",
        hostOrganisationId: "",
        ...overrides,
      });
      return result.success
        ? []
        : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    };
    expect(parsed({})).toEqual([]);
    expect(parsed({ endsAt: "2027-04-25T09:00" })).toContain("endsAt:invalid");
    expect(parsed({ retainUntil: "2027-04-26T12:00" })).toContain("retainUntil:invalid");
    const observer = await db.organisation.create({ data: { name: `Observatör ${Date.now()}` } });
    expect(
      await code(updateEventPlace(people.admin!, "lulea-2027", place({ hostOrganisationId: observer.id }))),
    ).toBe("validation");
  });
});
