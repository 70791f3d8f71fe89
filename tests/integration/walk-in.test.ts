// People registered at the door: after registration has closed, checked in at once, counted at
// once; a full activity takes them only from an administrator with a reason.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getEventDashboard } from "@/lib/admin/get-event-dashboard";
import { registerWalkIn, walkInAddress } from "@/lib/check-in/register-walk-in";
import { enqueueDueReminders } from "@/lib/mail/enqueue-email";
import { walkInInput, type WalkInInput } from "@/lib/validation/walk-in";
import { seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let admin: { userId: string; email: string };
let staff: { userId: string; email: string };
let viewer: { userId: string; email: string };

const walkIn = (overrides: Partial<WalkInInput> = {}): WalkInInput => ({
  organisationId: "",
  observerName: "Länsstyrelsen i Norrbotten",
  name: "Vera Vandrare",
  email: null,
  title: "",
  activityIds: [meeting.activity("day-2").id, meeting.activity("dinner").id],
  overCapacityReason: "",
  ...overrides,
});

beforeAll(async () => {
  meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "admin@lulea.example.se", "admin");
  staff = await staffMember(meeting.event.id, "staff@lulea.example.se", "staff");
  viewer = await staffMember(meeting.event.id, "viewer@lulea.example.se", "viewer");
});

describe("a walk-in", () => {
  it("is registered after registration has closed, checked in, and counted at once; no mail without an address", async () => {
    const afterClose = new Date(meeting.event.registrationClosesAt.getTime() + 24 * 60 * 60 * 1000);
    const before = await getEventDashboard(viewer, "lulea-2027");
    expect(await outcomeOf(registerWalkIn(viewer, "lulea-2027", walkIn()))).toBe("forbidden");
    const { attendeeId } = await registerWalkIn(staff, "lulea-2027", walkIn(), {
      locale: "sv",
      now: afterClose,
    });
    const person = await db.attendee.findUniqueOrThrow({
      where: { id: attendeeId },
      include: { signups: true },
    });
    expect(person).toMatchObject({
      email: walkInAddress(attendeeId),
      isVotingDelegate: false,
      checkedInAt: afterClose,
    });
    expect(person.signups.map((signup) => signup.status)).toEqual(["confirmed", "confirmed"]);
    expect(await db.outboxEmail.count({ where: { recipient: person.email } })).toBe(0);
    const after = await getEventDashboard(viewer, "lulea-2027");
    expect(JSON.stringify(after)).not.toEqual(JSON.stringify(before));
    expect(await db.auditEntry.count({ where: { action: "attendee.walk-in", entityId: attendeeId } })).toBe(
      1,
    );

    // A reminder never goes to the reserved address.
    await enqueueDueReminders(new Date(meeting.event.startsAt.getTime() - 60_000));
    expect(await db.outboxEmail.count({ where: { recipient: { endsWith: ".invalid" } } })).toBe(0);
  });

  it("with an address gets a confirmation; the same address twice is refused", async () => {
    const email = "gunnar.gast@example.se";
    const { attendeeId } = await registerWalkIn(staff, "lulea-2027", walkIn({ name: "Gunnar Gäst", email }));
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { recipient: email } });
    expect(mail).toMatchObject({
      template: "attendee-confirmation",
      payload: expect.objectContaining({ attendeeId }),
    });
    expect(await outcomeOf(registerWalkIn(staff, "lulea-2027", walkIn({ email })))).toBe("emailTaken");
  });

  it("takes a full activity only from an administrator, with a reason that is audited", async () => {
    const dinner = meeting.activity("dinner");
    const confirmed = await db.signup.count({ where: { activityId: dinner.id, status: "confirmed" } });
    await db.activity.update({ where: { id: dinner.id }, data: { capacity: confirmed } });
    const counts = async () => db.attendee.count();
    const people = await counts();
    expect(await outcomeOf(registerWalkIn(staff, "lulea-2027", walkIn({ name: "Full Fredrik" })))).toBe(
      "walkInActivityFull",
    );
    expect(await outcomeOf(registerWalkIn(admin, "lulea-2027", walkIn({ name: "Full Fredrik" })))).toBe(
      "overCapacityReasonRequired",
    );
    expect(await counts()).toBe(people);
    const { attendeeId, overCapacity } = await registerWalkIn(
      admin,
      "lulea-2027",
      walkIn({ name: "Full Fredrik", overCapacityReason: "Kommunstyrelsens ordförande, inbjuden av värden" }),
    );
    expect(overCapacity).toEqual(["dinner"]);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "attendee.walk-in", entityId: attendeeId },
    });
    expect(audit.changes).toMatchObject({
      overCapacity: ["dinner"],
      reason: "Kommunstyrelsens ordförande, inbjuden av värden",
    });
    expect(await db.signup.count({ where: { activityId: dinner.id, status: "confirmed" } })).toBe(
      confirmed + 1,
    );
    await db.activity.update({ where: { id: dinner.id }, data: { capacity: null } });
  });

  it("names what is wrong: no organisation, an observer at a members-only activity, an unknown member", async () => {
    const parsed = walkInInput.safeParse({
      organisationId: "",
      observerName: "",
      name: "",
      email: "inte-en-adress",
      title: "",
      activityIds: Array.from({ length: 21 }, () => "00000000-0000-4000-8000-000000000000"),
      overCapacityReason: "",
    });
    expect(parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual(
      expect.arrayContaining([
        ["name", "required"],
        ["email", "email"],
        ["activityIds", "tooMany"],
      ]),
    );
    const lunch = await db.activity.create({
      data: {
        eventId: meeting.event.id,
        key: "members-lunch-walk-in",
        kind: "dinner",
        nameSv: "Medlemslunch",
        nameEn: "Members' lunch",
        placeSv: "Luleå",
        placeEn: "Luleå",
        startsAt: new Date("2027-04-26T10:00:00Z"),
        endsAt: new Date("2027-04-26T11:00:00Z"),
        membersOnly: true,
      },
    });
    expect(await outcomeOf(registerWalkIn(staff, "lulea-2027", walkIn({ activityIds: [lunch.id] })))).toBe(
      "membersOnly",
    );
    expect(
      await outcomeOf(
        registerWalkIn(
          staff,
          "lulea-2027",
          walkIn({ organisationId: "00000000-0000-4000-8000-000000000000", observerName: "" }),
        ),
      ),
    ).toBe("unknownOrganisation");
    const member = meeting.members[0]!;
    expect(
      await outcomeOf(
        registerWalkIn(
          staff,
          "lulea-2027",
          walkIn({ organisationId: member.id, observerName: "", activityIds: [lunch.id] }),
        ),
      ),
    ).toBe("ok");
    await db.signup.deleteMany({ where: { activityId: lunch.id } });
    await db.activity.delete({ where: { id: lunch.id } });
  });
});
