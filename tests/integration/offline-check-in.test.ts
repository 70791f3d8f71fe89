// Check-ins queued on a phone while the venue's network was down, sent when it is back: each
// person checked in once, at the time they were scanned.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkInCodeFor, shortCheckInCodeFor } from "@/lib/check-in/check-in-code";
import { queuedCheckIns, syncQueuedCheckIns } from "@/lib/check-in/sync-queued-check-ins";
import { createRegistration } from "@/lib/registrations/create-registration";
import { OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let staff: { userId: string; email: string };
let viewer: { userId: string; email: string };
const people: string[] = [];

beforeAll(async () => {
  meeting = await seededMeeting();
  staff = await staffMember(meeting.event.id, "staff@lulea.example.se", "staff");
  viewer = await staffMember(meeting.event.id, "viewer@lulea.example.se", "viewer");
  const { summary } = await createRegistration(
    registration(
      "",
      [
        delegate([meeting.activity("day-1").id], { name: "Olle Offline" }),
        delegate([meeting.activity("day-1").id], { name: "Nina Nätlös" }),
      ],
      {
        organisation: { kind: "observer", name: "Offlinebolaget" },
      },
    ),
    OPEN_NOW,
  );
  people.push(...summary.attendees.map((attendee) => attendee.id));
});

describe("queued check-ins", () => {
  it("check each person in once, keeping the time of the scan, and answer every item", async () => {
    const now = new Date("2027-04-25T08:30:00Z");
    const scanned = new Date("2027-04-25T08:05:00Z");
    const [olle, nina] = people as [string, string];
    const input = queuedCheckIns.parse({
      items: [
        {
          id: "a1",
          code: `https://example.se/admin/check-in/${checkInCodeFor(olle)}`,
          scope: null,
          at: scanned.toISOString(),
        },
        { id: "a2", code: checkInCodeFor(olle), scope: null, at: now.toISOString() },
        { id: "a3", code: shortCheckInCodeFor(nina), scope: null, at: "2031-01-01T00:00:00.000Z" },
        { id: "a4", code: "ZZZZ-ZZZZ", scope: null, at: scanned.toISOString() },
      ],
    });
    expect(await outcomeOf(syncQueuedCheckIns(viewer, "lulea-2027", input, now))).toBe("forbidden");
    const results = await syncQueuedCheckIns(staff, "lulea-2027", input, now);
    expect(results).toEqual([
      { id: "a1", outcome: "checked-in", name: "Olle Offline", at: scanned.toISOString() },
      { id: "a2", outcome: "already", name: "Olle Offline", at: scanned.toISOString() },
      // A time from a phone whose clock is wrong is replaced by the time of arrival here.
      { id: "a3", outcome: "checked-in", name: "Nina Nätlös", at: now.toISOString() },
      { id: "a4", outcome: "refused", code: "checkInCodeUnknown", params: {} },
    ]);
    // Sent again after a lost answer: nothing changes.
    expect(
      (await syncQueuedCheckIns(staff, "lulea-2027", input, now)).map((result) => result.outcome),
    ).toEqual(["already", "already", "already", "refused"]);
    expect(
      await db.auditEntry.count({ where: { action: "attendee.checked-in", entityId: { in: people } } }),
    ).toBe(2);
  });

  it("refuses a queue that is not one: too long, a bad scope, a bad time", () => {
    const item = { id: "x", code: "ABCD", scope: null, at: new Date().toISOString() };
    expect(queuedCheckIns.safeParse({ items: Array.from({ length: 201 }, () => item) }).success).toBe(false);
    expect(queuedCheckIns.safeParse({ items: [{ ...item, scope: "../x" }] }).success).toBe(false);
    expect(queuedCheckIns.safeParse({ items: [{ ...item, at: "igår" }] }).success).toBe(false);
    expect(queuedCheckIns.safeParse({ items: [] }).success).toBe(false);
  });
});
