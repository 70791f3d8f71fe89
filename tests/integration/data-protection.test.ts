// Retention, access and erasure: what happens to personal data, checked in the database itself.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fixVotingRegister } from "@/lib/voting-register/fix-voting-register";
import { checkInAttendee } from "@/lib/check-in/check-in-attendee";
import { anonymiseEventEarly } from "@/lib/privacy/anonymise-event";
import { erasePerson } from "@/lib/privacy/erase-person";
import { exportPerson } from "@/lib/privacy/export-person";
import { eraseContact } from "@/lib/privacy/erase-contact";
import { exportContact } from "@/lib/privacy/export-contact";
import { runMaintenance } from "@/lib/privacy/run-maintenance";
import { changeAttendeeSignups } from "@/lib/registrations/change-attendee-signups";
import { createRegistration } from "@/lib/registrations/create-registration";
import { staffAccessToAttendee } from "@/lib/admin/staff-access-to-attendee";
import { HYBRIT_ANSWERS, OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let admin: { userId: string; email: string };
let staff: { userId: string; email: string };

const user = (email: string, role: "admin" | "staff") => staffMember(meeting.event.id, email, role);
const codeOf = outcomeOf;

/** Every text column of the event's personal tables, to search for a name or address. */
async function everythingStored() {
  const [attendees, registrations, signups, outbox, audit, drafts] = await Promise.all([
    db.attendee.findMany(),
    db.registration.findMany(),
    db.signup.findMany(),
    db.outboxEmail.findMany(),
    db.auditEntry.findMany(),
    db.registrationDraft.findMany(),
  ]);
  return JSON.stringify({ attendees, registrations, signups, outbox, audit, drafts });
}

beforeAll(async () => {
  meeting = await seededMeeting();
  admin = await user("admin@lulea.example.se", "admin");
  staff = await user("staff@lulea.example.se", "staff");
});

let phoneSequence = 0;
async function register(name: string, email: string, organisation = 0, extra = {}) {
  const phone = `070-111 22 ${String(++phoneSequence).padStart(2, "0")}`;
  const { activity, members } = meeting;
  const hybrit = activity("hybrit");
  const result = await createRegistration(
    registration(
      members[organisation]!.id,
      [
        delegate([activity("day-1").id, hybrit.id, activity("annual-meeting").id], {
          name,
          email,
          isVotingDelegate: true,
          allergies: "Nötter",
          answers: { [hybrit.id]: HYBRIT_ANSWERS },
          ...extra,
        }),
      ],
      { contact: { name, email, phone } },
    ),
    OPEN_NOW,
  );
  return result.summary;
}

describe("consent", () => {
  it("stores the privacy text the contact agreed to, with the time", async () => {
    const summary = await register("Karin Samtycke", "karin.samtycke@example.se", 3);
    const stored = await db.registration.findUniqueOrThrow({ where: { id: summary.id } });
    expect(stored.consentText).toContain("Jag har läst hur personuppgifterna hanteras");
    expect(stored.consentAt).toEqual(OPEN_NOW);
  });
});

describe("a person's own data", () => {
  it("an admin exports everything about one person as JSON, audited", async () => {
    const summary = await register("Åsa Utdrag", "asa.utdrag@example.se", 1);
    const attendeeId = summary.attendees[0]!.id;
    expect(await codeOf(exportPerson(staff, "lulea-2027", attendeeId))).toBe("forbidden");
    const data = await exportPerson(admin, "lulea-2027", attendeeId);
    expect(data.person).toMatchObject({
      name: "Åsa Utdrag",
      email: "asa.utdrag@example.se",
      allergies: "Nötter",
    });
    expect(data.registration.contact).toMatchObject({ phone: expect.stringMatching(/^070-111 22/) });
    expect(data.signups.find((signup) => signup.activity.key === "hybrit")!.visitDetails).toEqual(
      HYBRIT_ANSWERS,
    );
    expect(data.emails.map((mail) => mail.template)).toContain("attendee-confirmation");
    expect(
      await db.auditEntry.count({ where: { action: "attendee.data-exported", entityId: attendeeId } }),
    ).toBe(1);
  });

  it("erasing a person frees their places and leaves nothing that names them", async () => {
    const summary = await register("Örjan Radera", "orjan.radera@example.se", 2);
    const attendeeId = summary.attendees[0]!.id;
    const { contactPhone } = await db.registration.findUniqueOrThrow({ where: { id: summary.id } });
    expect(await codeOf(erasePerson(staff, "lulea-2027", attendeeId))).toBe("forbidden");
    await erasePerson(admin, "lulea-2027", attendeeId);
    const stored = await everythingStored();
    expect(stored).not.toContain("Örjan Radera");
    expect(stored).not.toContain("orjan.radera@example.se");
    expect(stored).not.toContain(contactPhone);
    const attendee = await db.attendee.findUniqueOrThrow({
      where: { id: attendeeId },
      include: { signups: true },
    });
    expect(attendee.status).toBe("cancelled");
    expect(attendee.signups.every((signup) => signup.status === "cancelled")).toBe(true);
    // No mail goes to an erased person, not even the cancellation.
    expect(await db.outboxEmail.count({ where: { recipient: { contains: "orjan" } } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "attendee.erased", entityId: attendeeId } })).toBe(1);
  });
});

describe("a contact who is not a delegate", () => {
  it("an admin exports their data and erases it, while the delegates keep their places", async () => {
    const { activity, members } = meeting;
    const { summary } = await createRegistration(
      registration(members[5]!.id, [delegate([activity("day-1").id], { name: "Delegat Kvar" })], {
        contact: {
          name: "Kerstin Kontaktsdotter",
          email: "kerstin.kontakt@example.se",
          phone: "070-555 66 77",
        },
      }),
      OPEN_NOW,
    );
    expect(await codeOf(exportContact(staff, "lulea-2027", summary.id))).toBe("forbidden");
    expect(await codeOf(exportContact(admin, "another-meeting", summary.id))).toBe("not_found");
    const data = await exportContact(admin, "lulea-2027", summary.id);
    expect(data.contact).toMatchObject({
      name: "Kerstin Kontaktsdotter",
      email: "kerstin.kontakt@example.se",
    });
    expect(data.registration.privacyConsent.text).toContain("personuppgifterna");
    expect(data.emails.length).toBeGreaterThan(0);

    expect(await codeOf(eraseContact(staff, "lulea-2027", summary.id))).toBe("forbidden");
    await eraseContact(admin, "lulea-2027", summary.id);
    const stored = await everythingStored();
    for (const trace of ["Kerstin", "kerstin.kontakt@example.se", "070-555 66 77"])
      expect(stored).not.toContain(trace);
    const attendee = await db.attendee.findUniqueOrThrow({ where: { id: summary.attendees[0]!.id } });
    expect(attendee).toMatchObject({ name: "Delegat Kvar", status: "active" });
    expect(
      await db.auditEntry.count({ where: { entityId: summary.id, action: "registration.contact-erased" } }),
    ).toBe(1);
  });
});

describe("clean-up", () => {
  it("removes expired sessions, old sign-in mails, old failed mails and former staff", async () => {
    const now = new Date("2027-06-01T00:00:00Z");
    const old = new Date("2027-04-01T00:00:00Z");
    const former = await db.user.create({ data: { email: "former@lulea.example.se", updatedAt: old } });
    const secretariat = await db.user.create({
      data: { email: "kansli@lulea.example.se", associationRole: "admin", updatedAt: old },
    });
    const session = await db.session.create({
      data: { sessionToken: "expired-token", userId: admin.userId, expires: old },
    });
    const signIn = await db.outboxEmail.create({
      data: {
        recipient: "x@lulea.example.se",
        template: "sign-in-link",
        payload: {},
        status: "sent",
        createdAt: old,
      },
    });
    const failed = await db.outboxEmail.create({
      data: {
        recipient: "y@lulea.example.se",
        template: "reminder",
        payload: {},
        status: "failed",
        updatedAt: old,
      },
    });
    const done = await runMaintenance(now);
    // Former staff: the one made above, and the seed's own user, which holds no role once the seed is done.
    expect(done).toMatchObject({ sessions: 1, signInMails: 1, formerStaff: 2 });
    expect(await db.user.findUnique({ where: { id: former.id } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: session.id } })).toBeNull();
    expect(await db.outboxEmail.findUnique({ where: { id: signIn.id } })).toBeNull();
    expect(await db.outboxEmail.findUnique({ where: { id: failed.id } })).toBeNull();
    // Staff with a role stay, an association administrator too.
    expect(await db.user.findUnique({ where: { id: admin.userId } })).not.toBeNull();
    expect(await db.user.findUnique({ where: { id: secretariat.id } })).not.toBeNull();
  });
});

describe("visit details", () => {
  it("staff without the admin role cannot open a HYBRIT visitor's choices", async () => {
    const summary = await register("Vilma Visit", "vilma.visit@example.se", 4);
    const attendeeId = summary.attendees[0]!.id;
    const choices = {
      activityIds: [meeting.activity("day-1").id],
      isVotingDelegate: true,
      answers: {},
    };
    expect(
      await codeOf(
        changeAttendeeSignups(await staffAccessToAttendee(staff, attendeeId), attendeeId, choices as never),
      ),
    ).toBe("forbidden");
  });
});

describe("retention", () => {
  it("an admin cannot anonymise before the meeting has ended", async () => {
    expect(await codeOf(anonymiseEventEarly(admin, "lulea-2027", OPEN_NOW))).toBe("conflict");
    expect(await codeOf(anonymiseEventEarly(staff, "lulea-2027", new Date("2027-05-01")))).toBe("forbidden");
  });

  it("after the retention date the job anonymises everyone, keeping counts and the fixed voting register", async () => {
    const summary = await register("Vera Ombud", "vera.ombud@example.se", 5);
    const delegateId = summary.attendees[0]!.id;
    await checkInAttendee(staff, {
      slug: "lulea-2027",
      target: { attendeeId: delegateId },
      scope: "annual-meeting",
    });
    await fixVotingRegister(staff, { slug: "lulea-2027" });
    const before = {
      attendees: await db.attendee.count({ where: { eventId: meeting.event.id, status: "active" } }),
      confirmed: await db.signup.count({ where: { eventId: meeting.event.id, status: "confirmed" } }),
    };

    const beforeDate = new Date(meeting.event.retainUntil.getTime() - 1000);
    expect((await runMaintenance(beforeDate)).anonymisedEvents).toBe(0);
    const done = await runMaintenance(new Date(meeting.event.retainUntil.getTime() + 1000));
    expect(done.anonymisedEvents).toBe(1);
    expect(
      (await runMaintenance(new Date(meeting.event.retainUntil.getTime() + 2000))).anonymisedEvents,
    ).toBe(0);

    const stored = await everythingStored();
    for (const personal of [
      "Vera Ombud",
      "vera.ombud@example.se",
      "Karin Samtycke",
      "Nötter",
      "070-111 22",
      "1970-05-04",
    ])
      expect(stored, personal).not.toContain(personal);
    expect(await db.attendee.count({ where: { eventId: meeting.event.id, status: "active" } })).toBe(
      before.attendees,
    );
    expect(await db.signup.count({ where: { eventId: meeting.event.id, status: "confirmed" } })).toBe(
      before.confirmed,
    );
    const register1 = await db.votingRegisterEntry.findMany();
    expect(register1.map((entry) => entry.delegateName)).toContain("Vera Ombud");
    const event = await db.event.findUniqueOrThrow({ where: { id: meeting.event.id } });
    expect(event.anonymisedAt).not.toBeNull();
    expect(await db.auditEntry.count({ where: { action: "event.anonymised" } })).toBe(1);
  });
});
