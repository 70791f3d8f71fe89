import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createRegistration } from "@/lib/registrations/create-registration";
import { hashToken } from "@/lib/registrations/tokens";
import {
  HYBRIT_ANSWERS,
  OPEN_NOW,
  delegate,
  registration,
  rowCounts,
  seededMeeting,
} from "./registration-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
beforeAll(async () => {
  meeting = await seededMeeting();
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the registration to fail");
}

describe("createRegistration", () => {
  it("registers three delegates, one on HYBRIT and one as voting delegate, in one go", async () => {
    const { activity, members } = meeting;
    const before = await rowCounts();
    const input = registration(members[0]!.id, [
      delegate([activity("day-1").id, activity("hybrit").id, activity("dinner").id], {
        answers: { [activity("hybrit").id]: HYBRIT_ANSWERS },
      }),
      delegate([activity("day-1").id, activity("annual-meeting").id], { isVotingDelegate: true }),
      delegate([activity("day-2").id]),
    ]);
    const { summary, replayed } = await createRegistration(input, OPEN_NOW);

    expect(replayed).toBe(false);
    expect(summary.reference).toMatch(/^LUL-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(summary.organisation.name).toBe(members[0]!.name);
    expect(
      summary.attendees.map((attendee) =>
        attendee.signups.map((signup) => [signup.activityKey, signup.status]),
      ),
    ).toEqual([
      [
        ["day-1", "confirmed"],
        ["dinner", "confirmed"],
        ["hybrit", "confirmed"],
      ],
      [
        ["day-1", "confirmed"],
        ["annual-meeting", "confirmed"],
      ],
      [["day-2", "confirmed"]],
    ]);
    expect(summary.attendees[1]!.isVotingDelegate).toBe(true);

    const after = await rowCounts();
    expect(after.registrations - before.registrations).toBe(1);
    expect(after.attendees - before.attendees).toBe(3);
    expect(after.audit - before.audit).toBe(1);
    const mails = await db.outboxEmail.findMany({
      where: { eventId: meeting.event.id },
      orderBy: { createdAt: "asc" },
    });
    const templates = mails.slice(-4).map((mail) => [mail.template, mail.recipient]);
    expect(templates).toEqual([
      ["attendee-confirmation", input.delegates[0]!.email],
      ["attendee-confirmation", input.delegates[1]!.email],
      ["attendee-confirmation", input.delegates[2]!.email],
      ["registration-received", input.contact.email],
    ]);

    // Only hashes of the private links are stored with the registration.
    const contactToken = (mails.at(-1)!.payload as { manageToken: string }).manageToken;
    const stored = await db.registration.findUniqueOrThrow({ where: { id: summary.id } });
    expect(stored.manageTokenHash).toBe(hashToken(contactToken));
    expect(stored.manageTokenHash).not.toContain(contactToken);
    const hybritSignup = await db.signup.findFirstOrThrow({
      where: { activityId: activity("hybrit").id, attendee: { registrationId: summary.id } },
    });
    expect(hybritSignup.answers).toEqual(HYBRIT_ANSWERS);
  });

  it("lets an observer organisation register, created on first use", async () => {
    const { activity } = meeting;
    const input = registration("", [delegate([activity("day-1").id])], {
      organisation: { kind: "observer", name: "Norrbottens Handelskammare" },
    });
    const { summary } = await createRegistration(input, OPEN_NOW);
    expect(summary.organisation).toMatchObject({ name: "Norrbottens Handelskammare", isMember: false });
    const again = await createRegistration(
      registration("", [delegate([activity("dinner").id])], {
        organisation: { kind: "observer", name: "norrbottens handelskammare" },
      }),
      OPEN_NOW,
    );
    expect(again.summary.organisation.id).toBe(summary.organisation.id);
  });

  it("creates a new observer organisation once when its first registrations arrive together", async () => {
    const { activity } = meeting;
    const name = "Luleå Tekniska Universitet";
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        createRegistration(
          registration("", [delegate([activity("day-1").id])], { organisation: { kind: "observer", name } }),
          OPEN_NOW,
        ),
      ),
    );
    const ids = new Set(results.map((result) => result.summary.organisation.id));
    expect(ids.size).toBe(1);
    expect(await db.organisation.count({ where: { name } })).toBe(1);
  });

  it("lets an observer attend the annual meeting without a vote, and keeps observers out of a members-only activity", async () => {
    const { activity } = meeting;
    const { summary } = await createRegistration(
      registration("", [delegate([activity("annual-meeting").id])], {
        organisation: { kind: "observer", name: "Åhörarna AB" },
      }),
      OPEN_NOW,
    );
    expect(summary.attendees[0]).toMatchObject({ isVotingDelegate: false, votePending: false });
    expect(summary.attendees[0]!.signups.map((signup) => [signup.activityKey, signup.status])).toEqual([
      ["annual-meeting", "confirmed"],
    ]);

    const lunch = await db.activity.create({
      data: {
        eventId: meeting.event.id,
        key: "members-lunch-observer",
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
    const before = await rowCounts();
    const error = await failure(
      createRegistration(
        registration("", [delegate([lunch.id])], {
          organisation: { kind: "observer", name: "Observatören AB" },
        }),
        OPEN_NOW,
      ),
    );
    expect(error.code).toBe("validation");
    expect(error.fields).toEqual([
      { field: "delegates.0.activityIds", code: "membersOnly", params: { activity: "Medlemslunch" } },
    ]);
    expect(await rowCounts()).toEqual(before);
    await db.activity.delete({ where: { id: lunch.id } });
  });

  it("rejects an observer name that belongs to a member", async () => {
    const error = await failure(
      createRegistration(
        registration("", [delegate([meeting.activity("day-1").id])], {
          organisation: { kind: "observer", name: "LULEÅ KOMMUN" },
        }),
        OPEN_NOW,
      ),
    );
    expect(error.fields).toEqual([
      { field: "organisation.name", code: "observerIsMember", params: { name: "Luleå kommun" } },
    ]);
  });

  it("returns the first result when the same submit arrives twice, one after the other or at once", async () => {
    const { activity, members } = meeting;
    const input = registration(members[1]!.id, [delegate([activity("day-1").id])]);
    const first = await createRegistration(input, OPEN_NOW);
    const second = await createRegistration(input, OPEN_NOW);
    expect(second).toEqual({ summary: first.summary, replayed: true });

    const concurrent = registration(members[1]!.id, [delegate([activity("day-2").id])]);
    const results = await Promise.all([
      createRegistration(concurrent, OPEN_NOW),
      createRegistration(concurrent, OPEN_NOW),
    ]);
    expect(results[0].summary.reference).toBe(results[1].summary.reference);
    expect(await db.registration.count({ where: { idempotencyKey: concurrent.idempotencyKey } })).toBe(1);
  });

  it("rejects a second voting delegate for the same member, naming the organisation but not the person", async () => {
    const { activity, members } = meeting;
    const member = members[2]!;
    const voting = (overrides = {}) =>
      delegate([activity("annual-meeting").id], { isVotingDelegate: true, ...overrides });
    const first = voting({ name: "Första Ombudet" });
    await createRegistration(registration(member.id, [first]), OPEN_NOW);
    const before = await rowCounts();
    const error = await failure(createRegistration(registration(member.id, [voting()]), OPEN_NOW));
    expect(error.code).toBe("conflict");
    expect(error.fields).toEqual([
      {
        field: "delegates.0.isVotingDelegate",
        code: "votingDelegateTaken",
        params: { organisation: member.name },
      },
    ]);
    expect(JSON.stringify(error.fields)).not.toContain("Första");
    expect(await rowCounts()).toEqual(before);
  });

  it("requires the voting delegate to attend the annual meeting", async () => {
    const error = await failure(
      createRegistration(
        registration(meeting.members[3]!.id, [
          delegate([meeting.activity("day-1").id], { isVotingDelegate: true }),
        ]),
        OPEN_NOW,
      ),
    );
    expect(error.fields).toEqual([
      { field: "delegates.0.isVotingDelegate", code: "votingDelegateNeedsMeeting" },
    ]);
  });

  it("rejects an e-mail address already registered for the meeting without saying by whom", async () => {
    const { activity, members } = meeting;
    const taken = delegate([activity("day-1").id]);
    await createRegistration(registration(members[4]!.id, [taken]), OPEN_NOW);
    const before = await rowCounts();
    const error = await failure(
      createRegistration(
        registration(members[5]!.id, [
          delegate([activity("day-1").id]),
          { ...delegate([activity("day-1").id]), email: taken.email },
        ]),
        OPEN_NOW,
      ),
    );
    expect(error.code).toBe("conflict");
    expect(error.fields).toEqual([{ field: "delegates.1.email", code: "emailTaken" }]);
    expect(JSON.stringify(error)).not.toContain(members[4]!.name);
    expect(await rowCounts()).toEqual(before);
  });

  it("writes nothing outside the registration window", async () => {
    const input = () => registration(meeting.members[6]!.id, [delegate([meeting.activity("day-1").id])]);
    const before = await rowCounts();
    expect((await failure(createRegistration(input(), new Date("2026-10-01T00:00:00Z")))).code).toBe(
      "registration_not_open",
    );
    expect((await failure(createRegistration(input(), new Date("2027-03-29T00:00:00Z")))).code).toBe(
      "registration_closed",
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("closes an activity at its own deadline while the rest stays open", async () => {
    const afterHybritDeadline = new Date("2027-03-20T12:00:00Z");
    const hybrit = meeting.activity("hybrit");
    const error = await failure(
      createRegistration(
        registration(meeting.members[6]!.id, [
          delegate([hybrit.id], { answers: { [hybrit.id]: HYBRIT_ANSWERS } }),
        ]),
        afterHybritDeadline,
      ),
    );
    expect(error.fields).toEqual([
      { field: "delegates.0.activityIds", code: "activityClosed", params: { activity: hybrit.nameSv } },
    ]);
    await expect(
      createRegistration(
        registration(meeting.members[6]!.id, [delegate([meeting.activity("day-1").id])]),
        afterHybritDeadline,
      ),
    ).resolves.toMatchObject({ replayed: false });
  });

  it("asks HYBRIT visitors for the details the site needs", async () => {
    const hybrit = meeting.activity("hybrit");
    const error = await failure(
      createRegistration(
        registration(meeting.members[7]!.id, [
          delegate([hybrit.id], { answers: { [hybrit.id]: { nationality: "Svensk" } } }),
        ]),
        OPEN_NOW,
      ),
    );
    expect(error.fields.map((issue) => issue.field)).toEqual([
      `delegates.0.answers.${hybrit.id}.dateOfBirth`,
      `delegates.0.answers.${hybrit.id}.shoeSize`,
    ]);
  });

  it("rejects unknown activities and another event's activities, writing nothing", async () => {
    const other = await db.event.create({
      data: {
        ...(({ id: _id, createdAt: _c, updatedAt: _u, activities: _a, themes: _t, questions: _q, ...rest }) =>
          rest)(meeting.event),
        slug: "other-meeting",
        themes: [],
      },
    });
    const foreign = await db.activity.create({
      data: {
        eventId: other.id,
        key: "day-1",
        kind: "programme",
        nameSv: "A",
        nameEn: "A",
        placeSv: "X",
        placeEn: "X",
        startsAt: other.startsAt,
        endsAt: other.endsAt,
      },
    });
    const before = await rowCounts();
    for (const activityId of [foreign.id, "00000000-0000-4000-8000-000000000000"]) {
      const error = await failure(
        createRegistration(registration(meeting.members[8]!.id, [delegate([activityId])]), OPEN_NOW),
      );
      expect(error.fields).toEqual([{ field: "delegates.0.activityIds", code: "unknownActivity" }]);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a full activity that has no waiting list, keeping nothing of the submit", async () => {
    const dinner = meeting.activity("dinner");
    await db.activity.update({ where: { id: dinner.id }, data: { capacity: 0 } });
    try {
      const before = await rowCounts();
      const error = await failure(
        createRegistration(registration(meeting.members[9]!.id, [delegate([dinner.id])]), OPEN_NOW),
      );
      expect(error.fields).toEqual([
        { field: "delegates.0.activityIds", code: "activityFull", params: { activity: "Nätverksmiddag" } },
      ]);
      expect(await rowCounts()).toEqual(before);
    } finally {
      await db.activity.update({ where: { id: dinner.id }, data: { capacity: null } });
    }
  });
});

describe("writeRegistration (the checks and the write)", () => {
  it("places by the capacity read under the activity lock, not the one read before the transaction", async () => {
    const { writeRegistration } = await import("@/lib/registrations/write-registration");
    const { readRegistrationContext } = await import("@/lib/registrations/read-registration-context");
    const { activity, members } = meeting;
    const stale = activity("annual-meeting");
    // An administrator limits the activity to its current confirmed count, with a waiting list,
    // after this registration read the activities (as unlimited) but before it took the lock.
    const confirmed = await db.signup.count({ where: { activityId: stale.id, status: "confirmed" } });
    await db.activity.update({
      where: { id: stale.id },
      data: { capacity: Math.max(confirmed, 1), waitlistEnabled: true },
    });
    if (confirmed === 0) {
      await createRegistration(registration(members[3]!.id, [delegate([stale.id])]), OPEN_NOW);
    }
    try {
      const input = registration(members[4]!.id, [delegate([stale.id])]);
      const context = await readRegistrationContext(input);
      // The earlier read must still see a limit, or no lock is taken at all; any number will do.
      context.activities = context.activities.map((a) =>
        a.id === stale.id ? { ...a, capacity: 1000, waitlistEnabled: false } : a,
      );
      const summary = await writeRegistration(context, input, OPEN_NOW);
      const signup = await db.signup.findFirstOrThrow({
        where: { attendee: { registrationId: summary.id } },
      });
      expect(signup.status).toBe("waitlisted");
      expect(summary.attendees[0]!.signups[0]!.status).toBe("waitlisted");
    } finally {
      await db.activity.update({
        where: { id: stale.id },
        data: { capacity: stale.capacity, waitlistEnabled: stale.waitlistEnabled },
      });
    }
  });
});

describe("the summary a submit answers with", () => {
  it("is what reading the registration back gives, waiting-list positions included", async () => {
    const { getRegistrationSummary } = await import("@/lib/registrations/get-registration-summary");
    const { activity, members } = meeting;
    const hybrit = activity("hybrit");
    // Two seats left at most, so later delegates land on the waiting list at known positions.
    const confirmed = await db.signup.count({ where: { activityId: hybrit.id, status: "confirmed" } });
    await db.activity.update({ where: { id: hybrit.id }, data: { capacity: confirmed + 2 } });
    try {
      const onHybrit = (extra: string[] = []) =>
        delegate([activity("day-2").id, hybrit.id, ...extra], { answers: { [hybrit.id]: HYBRIT_ANSWERS } });
      const inputs = [
        registration(members[6]!.id, [
          onHybrit([activity("dinner").id, activity("day-1").id]),
          delegate([activity("annual-meeting").id], { isVotingDelegate: true, phone: "070-123 45 67" }),
          onHybrit(),
          onHybrit(),
        ]),
        registration("", [onHybrit(), delegate([activity("day-1").id], { dietChoices: ["vegetarian"] })], {
          organisation: { kind: "observer", name: "Sammanfattningsprovet AB" },
        }),
      ];
      for (const input of inputs) {
        const { summary } = await createRegistration(input, OPEN_NOW);
        expect(summary.attendees.flatMap((a) => a.signups).some((s) => s.status === "waitlisted")).toBe(true);
        expect(summary).toEqual(await getRegistrationSummary(summary.id));
      }
    } finally {
      await db.activity.update({ where: { id: hybrit.id }, data: { capacity: hybrit.capacity } });
    }
  });
});
