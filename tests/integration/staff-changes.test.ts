import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getParticipantDetail } from "@/lib/admin/get-participant-detail";
import { promoteSignup } from "@/lib/admin/promote-signup";
import { staffAccessToAttendee } from "@/lib/admin/staff-access-to-attendee";
import { cancelAttendee } from "@/lib/registrations/cancel-attendee";
import { createRegistration } from "@/lib/registrations/create-registration";
import { updateAttendeeDetails } from "@/lib/registrations/update-attendee-details";
import { HYBRIT_ANSWERS, OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { errorCodeOf as code } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
const people: Record<string, { userId: string; email: string }> = {};

beforeAll(async () => {
  meeting = await seededMeeting();
  await db.activity.update({ where: { id: meeting.activity("hybrit").id }, data: { capacity: 1 } });
  for (const role of ["viewer", "staff", "admin"] as const) {
    const user = await db.user.create({ data: { email: `${role}@lulea.example.se` } });
    await db.eventRole.create({ data: { eventId: meeting.event.id, userId: user.id, role } });
    people[role] = { userId: user.id, email: user.email };
  }
});

async function waitingVisitors(count: number) {
  const hybrit = meeting.activity("hybrit");
  const { summary } = await createRegistration(
    registration(
      meeting.members[0]!.id,
      Array.from({ length: count }, () =>
        delegate([hybrit.id], { answers: { [hybrit.id]: HYBRIT_ANSWERS } }),
      ),
    ),
    OPEN_NOW,
  );
  return summary.attendees.map((attendee) => attendee.signups[0]!);
}

describe("staff changes", () => {
  it("promote a waiting signup only when there is room, unless an admin overrides the capacity", async () => {
    const [holder, first, second] = await waitingVisitors(3);
    expect([holder!.status, first!.status, second!.status]).toEqual([
      "confirmed",
      "waitlisted",
      "waitlisted",
    ]);
    expect(await code(promoteSignup(people.viewer!, first!.signupId))).toBe("forbidden");
    expect(await code(promoteSignup(people.staff!, first!.signupId))).toBe("conflict");
    expect(await code(promoteSignup(people.staff!, first!.signupId, true))).toBe("forbidden");
    expect(await code(promoteSignup(people.admin!, first!.signupId, true))).toBe("ok");
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: first!.signupId, action: "signup.promoted-over-capacity" },
    });
    expect(audit).toMatchObject({ actorType: "staff", actorId: people.admin!.userId });
    expect(
      await db.outboxEmail.count({
        where: {
          template: "waitlist-promoted",
          payload: { path: ["activityId"], equals: meeting.activity("hybrit").id },
        },
      }),
    ).toBe(1);
  });

  it("edit and cancel through the same services as the private links, after the deadline too, audited as staff", async () => {
    const [visitor] = await waitingVisitors(1);
    const attendee = await db.signup.findUniqueOrThrow({
      where: { id: visitor!.signupId },
      select: { attendeeId: true },
    });
    const afterDeadline = new Date("2027-04-20T10:00:00Z");
    const asViewer = await staffAccessToAttendee(people.viewer!, attendee.attendeeId);
    expect(await code(cancelAttendee(asViewer, attendee.attendeeId, afterDeadline))).toBe("forbidden");
    const asStaff = await staffAccessToAttendee(people.staff!, attendee.attendeeId);
    await updateAttendeeDetails(
      asStaff,
      attendee.attendeeId,
      {
        name: "Rättat Namn",
        title: "KSO",
        phone: "",
        dietChoices: [],
        dietOther: "",
        allergies: "",
        accessibilityNeeds: "",
        listConsent: true,
      },
      afterDeadline,
    );
    await cancelAttendee(asStaff, attendee.attendeeId, afterDeadline);
    const entries = await db.auditEntry.findMany({
      where: { entityId: attendee.attendeeId },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.actorType, entry.actorId])).toEqual([
      ["attendee.details-changed", "staff", people.staff!.userId],
      ["attendee.cancelled", "staff", people.staff!.userId],
    ]);
    expect(await code(staffAccessToAttendee(null, attendee.attendeeId))).toBe("unauthorized");
  });
});

describe("study-visit details", () => {
  it("reach only administrators: staff get the delegate without them, whatever the page shows", async () => {
    const [visitor] = await waitingVisitors(1);
    const attendee = await db.signup.findUniqueOrThrow({ where: { id: visitor!.signupId } });
    const detailFor = (role: "staff" | "admin") =>
      getParticipantDetail(people[role]!, "lulea-2027", attendee.attendeeId);
    const forStaff = JSON.stringify(await detailFor("staff"));
    const forAdmin = JSON.stringify(await detailFor("admin"));
    for (const text of [
      `"dateOfBirth":"${HYBRIT_ANSWERS.dateOfBirth}"`,
      `"nationality":"${HYBRIT_ANSWERS.nationality}"`,
    ]) {
      expect(forStaff).not.toContain(text);
      expect(forAdmin).toContain(text);
    }
    expect((await detailFor("staff")).visitDetails).toBe(true);
  });
});
