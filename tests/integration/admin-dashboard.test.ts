import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getEventDashboard } from "@/lib/admin/get-event-dashboard";
import { admitStaff } from "@/lib/auth/admit-staff";
import { createRegistration } from "@/lib/registrations/create-registration";
import { HYBRIT_ANSWERS, OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { errorCodeOf as code } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;

async function staffWith(role: "viewer" | "staff" | "admin" | null) {
  const user = await db.user.create({
    data: { email: `${role ?? "nobody"}-${Date.now()}-${Math.random()}@lulea.example.se` },
  });
  if (role) await db.eventRole.create({ data: { eventId: meeting.event.id, userId: user.id, role } });
  return { userId: user.id, email: user.email };
}

beforeAll(async () => {
  meeting = await seededMeeting();
  const { activity, members } = meeting;
  const hybrit = activity("hybrit");
  await createRegistration(
    registration(members[0]!.id, [
      delegate([activity("day-1").id, hybrit.id, activity("dinner").id], {
        dietChoices: ["vegetarian"],
        answers: { [hybrit.id]: HYBRIT_ANSWERS },
      }),
      delegate([activity("day-1").id, activity("dinner").id], {
        dietChoices: ["vegetarian", "gluten_free"],
        allergies: "Nötter",
      }),
    ]),
    OPEN_NOW,
  );
  await createRegistration(
    registration(members[1]!.id, [delegate([activity("day-2").id], { dietOther: "Ingen fisk" })]),
    OPEN_NOW,
  );
});

describe("event dashboard", () => {
  it("is only for signed-in staff with a role at the event", async () => {
    expect(await code(getEventDashboard(null, "lulea-2027"))).toBe("unauthorized");
    expect(await code(getEventDashboard(await staffWith(null), "lulea-2027"))).toBe("forbidden");
    for (const role of ["viewer", "staff", "admin"] as const) {
      expect(await code(getEventDashboard(await staffWith(role), "lulea-2027"))).toBe("ok");
    }
  });

  it("counts per activity, per day, per organisation and per meal", async () => {
    const dashboard = await getEventDashboard(await staffWith("viewer"), "lulea-2027");
    expect(dashboard).toMatchObject({ attendees: 3, registrations: 2 });
    const byKey = (name: string) =>
      dashboard.activities.find((activity) => activity.name.sv.startsWith(name))!;
    expect(byKey("Dag 1")).toMatchObject({ confirmed: 2, waitlisted: 0, capacity: null });
    expect(byKey("Studiebesök")).toMatchObject({ confirmed: 1, capacity: 40 });
    expect(dashboard.days).toEqual([
      { day: "2027-04-25", attendees: 2 },
      { day: "2027-04-26", attendees: 2 },
    ]);
    const first = dashboard.organisations.find(
      (organisation) => organisation.name === meeting.members[0]!.name,
    );
    expect(first).toMatchObject({ attendees: 2, isMember: true });
    expect(dashboard.organisations.filter((organisation) => organisation.attendees === 0)).toHaveLength(22);
    const dinner = dashboard.meals.find((meal) => meal.name.sv === "Nätverksmiddag")!;
    expect(dinner).toMatchObject({
      guests: 2,
      diets: { vegetarian: 2, gluten_free: 1 },
      allergies: 1,
      otherDiets: 0,
    });
    const day2 = dashboard.meals.find((meal) => meal.name.sv.startsWith("Dag 2"))!;
    expect(day2).toMatchObject({ guests: 1, otherDiets: 1 });
    expect(dashboard.signupsByDay.reduce((sum, day) => sum + day.attendees, 0)).toBe(3);
    // Staff see the event's mail delivery, including mails that failed for good.
    await db.outboxEmail.updateMany({
      where: { recipient: "karin.kontakt@example.se" },
      data: { status: "failed", lastError: "550 mailbox unavailable" },
    });
    const withFailure = await getEventDashboard(await staffWith("viewer"), "lulea-2027");
    expect(withFailure.mail.failed.map((mail) => mail.lastError)).toContain("550 mailbox unavailable");
    expect(withFailure.mail.counts.failed).toBe(2);
  });
});

describe("who may sign in", () => {
  it("knows staff with a role and the first admins, and nobody else", async () => {
    const viewer = await staffWith("viewer");
    expect(await admitStaff(viewer.email)).toBe(true);
    expect(await admitStaff("stranger@example.se")).toBe(false);
    expect(await db.user.count({ where: { email: "stranger@example.se" } })).toBe(0);
  });
});
