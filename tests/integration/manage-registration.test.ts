import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addAttendee } from "@/lib/registrations/add-attendee";
import { cancelAttendee, cancelRegistration } from "@/lib/registrations/cancel-attendee";
import { changeAttendeeSignups } from "@/lib/registrations/change-attendee-signups";
import { createRegistration } from "@/lib/registrations/create-registration";
import { getRegistrationSummary } from "@/lib/registrations/get-registration-summary";
import { resolveManageToken, type ManageAccess } from "@/lib/registrations/manage-access";
import { updateAttendeeDetails } from "@/lib/registrations/update-attendee-details";
import { MAX_DELEGATES } from "@/lib/validation/registration";
import { HYBRIT_ANSWERS, OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let memberIndex = 0;

beforeAll(async () => {
  meeting = await seededMeeting();
  // Two seats make waiting lists quick to reach.
  await db.activity.update({ where: { id: meeting.activity("hybrit").id }, data: { capacity: 2 } });
});

const hybritDelegate = () =>
  delegate([meeting.activity("hybrit").id, meeting.activity("day-1").id], {
    answers: { [meeting.activity("hybrit").id]: HYBRIT_ANSWERS },
  });

/** Registers delegates and returns the summary with the private links from the outbox. */
async function register(delegates: ReturnType<typeof delegate>[]) {
  const { summary } = await createRegistration(
    registration(meeting.members[memberIndex++ % 20]!.id, delegates),
    OPEN_NOW,
  );
  const mails = await db.outboxEmail.findMany({
    where: { template: { in: ["registration-received", "attendee-confirmation"] } },
  });
  const tokenFor = (key: string, id: string) =>
    (
      mails.find((mail) => (mail.payload as Record<string, string>)[key] === id)!.payload as {
        manageToken: string;
      }
    ).manageToken;
  const contact = (await resolveManageToken(tokenFor("registrationId", summary.id)))!;
  const attendees = await Promise.all(
    summary.attendees.map(
      async (attendee) => (await resolveManageToken(tokenFor("attendeeId", attendee.id)))!,
    ),
  );
  return { summary, contact, attendees };
}

async function hybritStatus(attendeeId: string) {
  const signup = await db.signup.findFirst({
    where: { attendeeId, activityId: meeting.activity("hybrit").id },
  });
  return signup?.status ?? null;
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("private links", () => {
  it("open the whole registration for the contact and one place for an attendee", async () => {
    const { summary, contact, attendees } = await register([
      delegate([meeting.activity("day-1").id]),
      delegate([meeting.activity("day-2").id]),
    ]);
    expect(contact).toEqual({ kind: "contact", registrationId: summary.id, eventId: summary.eventId });
    expect(attendees[0]).toMatchObject({ kind: "attendee", attendeeId: summary.attendees[0]!.id });
    expect(await resolveManageToken("not-a-real-token-at-all-xxxxxxxx")).toBeNull();

    const other = summary.attendees[1]!.id;
    expect((await failure(cancelAttendee(attendees[0] as ManageAccess, other, OPEN_NOW))).code).toBe(
      "not_found",
    );
    expect((await failure(cancelRegistration(attendees[0] as ManageAccess, OPEN_NOW))).code).toBe(
      "not_found",
    );
  });

  it("changing choices takes a free place or joins the queue, and dropping one promotes the first in line", async () => {
    const first = await register([hybritDelegate(), hybritDelegate()]);
    const waiting = await register([
      delegate([meeting.activity("day-1").id]),
      delegate([meeting.activity("day-1").id]),
    ]);
    const [third, fourth] = waiting.summary.attendees.map((attendee) => attendee.id);
    const hybritChoice = {
      activityIds: [meeting.activity("day-1").id, meeting.activity("hybrit").id],
      isVotingDelegate: false,
      answers: { [meeting.activity("hybrit").id]: HYBRIT_ANSWERS },
    };
    await changeAttendeeSignups(waiting.contact, third!, hybritChoice, OPEN_NOW);
    await changeAttendeeSignups(waiting.attendees[1]!, fourth!, hybritChoice, OPEN_NOW);
    expect([await hybritStatus(third!), await hybritStatus(fourth!)]).toEqual(["waitlisted", "waitlisted"]);
    const positions = (await getRegistrationSummary(waiting.summary.id))!.attendees.map(
      (attendee) => attendee.signups.find((signup) => signup.activityKey === "hybrit")!.position,
    );
    expect(positions).toEqual([1, 2]);

    // The first confirmed visitor drops HYBRIT: the first in the queue gets the place at once.
    await changeAttendeeSignups(
      first.attendees[0]!,
      first.summary.attendees[0]!.id,
      { activityIds: [meeting.activity("day-1").id], isVotingDelegate: false, answers: {} },
      OPEN_NOW,
    );
    expect([await hybritStatus(third!), await hybritStatus(fourth!)]).toEqual(["confirmed", "waitlisted"]);
    expect(
      await db.signup.count({ where: { activityId: meeting.activity("hybrit").id, status: "confirmed" } }),
    ).toBe(2);
    const promotedMail = await db.outboxEmail.findFirst({
      where: { template: "waitlist-promoted", payload: { path: ["attendeeId"], equals: third } },
    });
    expect(promotedMail).not.toBeNull();
    const audit = await db.auditEntry.findMany({
      where: { entityType: "Signup", action: "signup.promoted" },
    });
    expect(audit).toHaveLength(1);

    // Cancelling the other confirmed visitor promotes the next one.
    await cancelAttendee(first.contact, first.summary.attendees[1]!.id, OPEN_NOW);
    expect(await hybritStatus(fourth!)).toBe("confirmed");
  });

  it("cancelling the whole registration cancels everyone and frees their places", async () => {
    await db.signup.updateMany({
      where: { activityId: meeting.activity("hybrit").id },
      data: { status: "cancelled" },
    });
    const holder = await register([hybritDelegate(), hybritDelegate()]);
    const queued = await register([hybritDelegate()]);
    expect(await hybritStatus(queued.summary.attendees[0]!.id)).toBe("waitlisted");

    await cancelRegistration(holder.contact, OPEN_NOW);
    const cancelled = (await getRegistrationSummary(holder.summary.id))!;
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.attendees.map((attendee) => attendee.status)).toEqual(["cancelled", "cancelled"]);
    expect(
      cancelled.attendees.flatMap((attendee) => attendee.signups.map((signup) => signup.status)),
    ).not.toContain("confirmed");
    expect(await hybritStatus(queued.summary.attendees[0]!.id)).toBe("confirmed");
    expect(
      await db.outboxEmail.count({
        where: {
          template: "registration-cancelled",
          payload: { path: ["registrationId"], equals: holder.summary.id },
        },
      }),
    ).toBe(1);
    // A cancelled registration's links can no longer change anything.
    expect((await failure(cancelRegistration(holder.contact, OPEN_NOW))).code).toBe("not_found");
  });

  it("edits details, audited, and adds a delegate under the same rules as the form", async () => {
    const { summary, contact } = await register([delegate([meeting.activity("day-1").id])]);
    const attendeeId = summary.attendees[0]!.id;
    await updateAttendeeDetails(
      contact,
      attendeeId,
      {
        name: "Nytt Namn",
        title: "Näringslivschef",
        phone: "",
        dietChoices: ["vegetarian"],
        dietOther: "",
        allergies: "Nötter",
        accessibilityNeeds: "",
        listConsent: false,
      },
      OPEN_NOW,
    );
    const updated = (await getRegistrationSummary(summary.id))!.attendees[0]!;
    expect(updated).toMatchObject({ name: "Nytt Namn", dietChoices: ["vegetarian"], allergies: "Nötter" });
    expect(
      await db.auditEntry.count({
        where: { entityId: attendeeId, action: "attendee.details-changed", actorType: "contact" },
      }),
    ).toBe(1);

    const added = delegate([meeting.activity("dinner").id]);
    await addAttendee(contact, added, "192.0.2.1", OPEN_NOW);
    expect((await getRegistrationSummary(summary.id))!.attendees.map((attendee) => attendee.email)).toContain(
      added.email,
    );
    const again = await failure(
      addAttendee(
        contact,
        { ...delegate([meeting.activity("dinner").id]), email: added.email },
        "192.0.2.1",
        OPEN_NOW,
      ),
    );
    expect(again.fields).toEqual([{ field: "email", code: "emailTaken" }]);
  });

  it("adds delegates only while registration is open, up to the cap, and a few at a time", async () => {
    const { summary, contact, attendees } = await register([delegate([meeting.activity("day-1").id])]);
    const day1 = () => delegate([meeting.activity("day-1").id]);
    // After registration closed (28 March) but before the change deadline, nobody can be added.
    const closed = new Date("2027-04-01T10:00:00Z");
    expect((await failure(addAttendee(contact, day1(), "192.0.2.2", closed))).code).toBe(
      "registration_closed",
    );
    // An attendee's own link may not add anyone.
    expect((await failure(addAttendee(attendees[0]!, day1(), "192.0.2.2", OPEN_NOW))).code).toBe("not_found");
    // The cap is the form's: 25 delegates in all.
    const mails = await db.outboxEmail.count();
    for (let index = 1; index < MAX_DELEGATES; index++) {
      await addAttendee(contact, day1(), `192.0.2.${10 + Math.floor(index / 5)}`, OPEN_NOW);
    }
    const full = await failure(addAttendee(contact, day1(), "192.0.2.99", OPEN_NOW));
    expect(full.fields).toEqual([
      { field: "name", code: "tooManyDelegates", params: { max: MAX_DELEGATES } },
    ]);
    expect(await db.outboxEmail.count()).toBe(mails + MAX_DELEGATES - 1);
    // From one client, ten adds per ten minutes for one registration, then 429.
    const other = await register([delegate([meeting.activity("day-1").id])]);
    for (let index = 0; index < 10; index++)
      await addAttendee(other.contact, day1(), "192.0.2.200", OPEN_NOW);
    expect((await failure(addAttendee(other.contact, day1(), "192.0.2.200", OPEN_NOW))).code).toBe(
      "rate_limited",
    );
    expect((await getRegistrationSummary(summary.id))!.attendees).toHaveLength(MAX_DELEGATES);
  });

  it("every change mail carries its recipient's own working link, and the contact gets a copy", async () => {
    const { summary, contact } = await register([delegate([meeting.activity("day-1").id])]);
    const attendeeId = summary.attendees[0]!.id;
    const before = new Date();
    await changeAttendeeSignups(
      contact,
      attendeeId,
      {
        activityIds: [meeting.activity("day-1").id, meeting.activity("dinner").id],
        isVotingDelegate: false,
        answers: {},
      },
      OPEN_NOW,
    );
    const mails = await db.outboxEmail.findMany({ where: { createdAt: { gte: before } } });
    const changed = mails.find((mail) => mail.template === "attendee-changed")!;
    const copy = mails.find((mail) => mail.template === "registration-changed")!;
    expect(copy.recipient).toBe(summary.contact.email);
    const tokenOf = (mail: { payload: unknown }) => (mail.payload as { manageToken: string }).manageToken;
    expect(await resolveManageToken(tokenOf(changed))).toMatchObject({ kind: "attendee", attendeeId });
    expect(await resolveManageToken(tokenOf(copy))).toMatchObject({
      kind: "contact",
      registrationId: summary.id,
    });
    // The attendee changing their own place gets their mail; the contact is not copied.
    const own = (await resolveManageToken(tokenOf(changed)))!;
    const second = new Date();
    await changeAttendeeSignups(
      own,
      attendeeId,
      { activityIds: [meeting.activity("day-1").id], isVotingDelegate: false, answers: {} },
      OPEN_NOW,
    );
    const later = await db.outboxEmail.findMany({ where: { createdAt: { gte: second } } });
    expect(later.map((mail) => mail.template).sort()).toEqual(["attendee-changed"]);
  });

  it("refuses changes after the change deadline", async () => {
    const { summary, contact } = await register([delegate([meeting.activity("day-1").id])]);
    const afterDeadline = new Date("2027-04-12T00:00:00Z");
    expect((await failure(cancelAttendee(contact, summary.attendees[0]!.id, afterDeadline))).code).toBe(
      "change_deadline_passed",
    );
    expect((await getRegistrationSummary(summary.id))!.attendees[0]!.status).toBe("active");
  });
});
