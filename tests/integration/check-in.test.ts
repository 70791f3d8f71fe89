// Check-in by code and by id, at the entrance and at one activity, with undo; against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkInAttendee } from "@/lib/check-in/check-in-attendee";
import {
  attendeeIdFromCheckInCode,
  checkInCodeFor,
  checkInUrl,
  shortCheckInCodeFor,
} from "@/lib/check-in/check-in-code";
import { getCheckInView } from "@/lib/check-in/get-check-in-view";
import { locateCheckInCode } from "@/lib/check-in/locate-check-in-code";
import { checkInCodeFromText } from "@/lib/check-in/scanned-code";
import { undoCheckIn } from "@/lib/check-in/undo-check-in";
import { cancelAttendee } from "@/lib/registrations/cancel-attendee";
import { createRegistration } from "@/lib/registrations/create-registration";
import {
  createEvent,
  createOrganisation,
  createRegistration as createBareRegistration,
  createAttendee,
} from "./fixtures";
import { HYBRIT_ANSWERS, OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let staff: { userId: string; email: string };
let viewer: { userId: string; email: string };
const people: Record<string, string> = {};

const user = (email: string, role: "viewer" | "staff") => staffMember(meeting.event.id, email, role);
const issueOf = outcomeOf;

beforeAll(async () => {
  meeting = await seededMeeting();
  const { activity, members } = meeting;
  const hybrit = activity("hybrit");
  await db.activity.update({ where: { id: hybrit.id }, data: { capacity: 1 } });
  const result = await createRegistration(
    registration(members[0]!.id, [
      delegate([activity("day-1").id, hybrit.id], {
        name: "Åsa Öberg",
        answers: { [hybrit.id]: HYBRIT_ANSWERS },
      }),
      delegate([activity("day-1").id, hybrit.id], {
        name: "Bo Väntare",
        answers: { [hybrit.id]: HYBRIT_ANSWERS },
      }),
      delegate([activity("day-1").id], { name: "Cecilia Avanmäld" }),
      delegate([activity("day-1").id], { name: "David Dubbel" }),
      delegate([activity("day-1").id], { name: "Erik Kortkod" }),
    ]),
    OPEN_NOW,
  );
  const attendees = await db.attendee.findMany({ where: { registrationId: result.summary.id } });
  for (const attendee of attendees) people[attendee.name] = attendee.id;
  await cancelAttendee(
    { kind: "contact", registrationId: result.summary.id, eventId: meeting.event.id },
    people["Cecilia Avanmäld"]!,
    OPEN_NOW,
  );
  staff = await user("staff@lulea.example.se", "staff");
  viewer = await user("viewer@lulea.example.se", "viewer");
});

describe("check-in codes", () => {
  it("are signed, unguessable and lead back to the attendee", () => {
    const id = people["Åsa Öberg"]!;
    const code = checkInCodeFor(id);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(attendeeIdFromCheckInCode(code)).toBe(id);
    const tampered = code.slice(0, 30) + (code[30] === "A" ? "B" : "A") + code.slice(31);
    expect(attendeeIdFromCheckInCode(tampered)).toBeNull();
    expect(attendeeIdFromCheckInCode("not-a-code")).toBeNull();
    expect(checkInCodeFromText(checkInUrl(code))).toBe(code);
    expect(checkInCodeFromText(`  ${code} `)).toBe(code);
    expect(checkInCodeFromText("https://example.se/other")).toBeNull();
  });
});

describe("checking in", () => {
  it("checks in by code; a second scan says when, and changes nothing", async () => {
    const code = checkInCodeFor(people["Åsa Öberg"]!);
    const first = await checkInAttendee(staff, { slug: "lulea-2027", target: { code }, scope: null });
    expect(first.already).toBe(false);
    const again = await checkInAttendee(staff, { slug: "lulea-2027", target: { code }, scope: null });
    expect(again).toEqual({ attendeeId: first.attendeeId, checkedInAt: first.checkedInAt, already: true });
    const audit = await db.auditEntry.count({
      where: { action: "attendee.checked-in", entityId: first.attendeeId },
    });
    expect(audit).toBe(1);
  });

  it("checks in by the short code as a person types it, and counts a wrong one as a miss", async () => {
    const short = shortCheckInCodeFor(people["Erik Kortkod"]!);
    const typed = checkInCodeFromText(` ${short.toLowerCase()} `)!;
    const result = await checkInAttendee(staff, { slug: "lulea-2027", target: { code: typed }, scope: null });
    expect(result).toMatchObject({ attendeeId: people["Erik Kortkod"], already: false });
    const wrong = checkInCodeFromText("ZZZZ-ZZZZ")!;
    expect(
      await issueOf(checkInAttendee(staff, { slug: "lulea-2027", target: { code: wrong }, scope: null })),
    ).toBe("checkInCodeUnknown");
    const misses = await db.rateLimit.findFirst({ where: { key: `check-in-code-miss:${staff.userId}` } });
    expect(misses?.count).toBeGreaterThanOrEqual(1);
  });

  it("two phones scanning the same person at once check in once", async () => {
    const code = checkInCodeFor(people["David Dubbel"]!);
    const results = await Promise.all(
      [1, 2, 3].map(() => checkInAttendee(staff, { slug: "lulea-2027", target: { code }, scope: null })),
    );
    expect(results.filter((result) => !result.already)).toHaveLength(1);
    expect(new Set(results.map((result) => result.checkedInAt.getTime())).size).toBe(1);
  });

  it("at an activity only with a confirmed place, and then also at the entrance", async () => {
    const target = { attendeeId: people["Bo Väntare"]! };
    expect(await issueOf(checkInAttendee(staff, { slug: "lulea-2027", target, scope: "hybrit" }))).toBe(
      "checkInWaitlisted",
    );
    const bo = await db.attendee.findUniqueOrThrow({ where: { id: target.attendeeId } });
    expect(bo.checkedInAt).toBeNull();

    const asa = await checkInAttendee(staff, {
      slug: "lulea-2027",
      target: { attendeeId: people["Åsa Öberg"]! },
      scope: "hybrit",
    });
    expect(asa.already).toBe(false);
    const view = await getCheckInView(staff, "lulea-2027", { scope: "hybrit", query: "öberg" });
    expect(view.counts).toEqual({ expected: 1, checkedIn: 1 });
    expect(view.results.map((row) => row.name)).toEqual(["Åsa Öberg"]);
  });

  it("refuses a cancelled attendee, a foreign code, a forged code and an unknown activity", async () => {
    expect(
      await issueOf(
        checkInAttendee(staff, {
          slug: "lulea-2027",
          target: { code: checkInCodeFor(people["Cecilia Avanmäld"]!) },
          scope: null,
        }),
      ),
    ).toBe("checkInCancelled");

    const other = await createEvent(db, { slug: "annat-mote" });
    const organisation = await createOrganisation(db);
    const bare = await createBareRegistration(db, other.id, organisation.id);
    const stranger = await createAttendee(db, bare);
    expect(
      await issueOf(
        checkInAttendee(staff, {
          slug: "lulea-2027",
          target: { code: checkInCodeFor(stranger.id) },
          scope: null,
        }),
      ),
    ).toBe("checkInOtherEvent");
    expect(
      await issueOf(
        checkInAttendee(staff, { slug: "lulea-2027", target: { code: "x".repeat(43) }, scope: null }),
      ),
    ).toBe("checkInCodeUnknown");
    expect(
      await issueOf(
        checkInAttendee(staff, {
          slug: "lulea-2027",
          target: { attendeeId: people["Bo Väntare"]! },
          scope: "no-such-activity",
        }),
      ),
    ).toBe("unknownActivity");
  });

  it("needs the staff role: viewers and strangers are refused", async () => {
    const target = { attendeeId: people["Bo Väntare"]! };
    expect(await issueOf(checkInAttendee(viewer, { slug: "lulea-2027", target, scope: null }))).toBe(
      "forbidden",
    );
    expect(await issueOf(checkInAttendee(null, { slug: "lulea-2027", target, scope: null }))).toBe(
      "unauthorized",
    );
    expect(await issueOf(getCheckInView(viewer, "lulea-2027", { scope: null }))).toBe("forbidden");
    expect(await issueOf(locateCheckInCode(viewer, checkInCodeFor(target.attendeeId)))).toBe("forbidden");
    expect(await locateCheckInCode(staff, checkInCodeFor(target.attendeeId))).toEqual({ slug: "lulea-2027" });
  });
});

describe("undoing a check-in", () => {
  it("works within the window, not after it, and not on a newer check-in", async () => {
    const attendeeId = people["Bo Väntare"]!;
    const now = new Date();
    const done = await checkInAttendee(staff, {
      slug: "lulea-2027",
      target: { attendeeId },
      scope: null,
      now,
    });
    expect(
      await issueOf(
        undoCheckIn(staff, {
          slug: "lulea-2027",
          attendeeId,
          scope: null,
          checkedInAt: done.checkedInAt,
          now: new Date(now.getTime() + 11 * 60_000),
        }),
      ),
    ).toBe("undoExpired");
    expect(
      await issueOf(
        undoCheckIn(staff, {
          slug: "lulea-2027",
          attendeeId,
          scope: null,
          checkedInAt: new Date(now.getTime() - 1000),
        }),
      ),
    ).toBe("undoChanged");
    await undoCheckIn(staff, { slug: "lulea-2027", attendeeId, scope: null, checkedInAt: done.checkedInAt });
    expect((await db.attendee.findUniqueOrThrow({ where: { id: attendeeId } })).checkedInAt).toBeNull();
    expect(
      await db.auditEntry.count({ where: { action: "attendee.check-in-undone", entityId: attendeeId } }),
    ).toBe(1);
  });
});
