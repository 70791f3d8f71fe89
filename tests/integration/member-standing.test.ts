// Who may speak for a member: invitations tie a registration to its organisation; anything else
// waits for staff to approve it, with no vote and no members-only place until then.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createRegistration } from "@/lib/registrations/create-registration";
import { approveRegistration } from "@/lib/registrations/approve-registration";
import { changeAttendeeSignups } from "@/lib/registrations/change-attendee-signups";
import { readLiveRegister } from "@/lib/voting-register/read-live-register";
import { renderOutboxEmail } from "@/lib/mail/render-outbox-email";
import { sendInvitations } from "@/lib/invitations/send-invitations";
import { remindUnregisteredMembers } from "@/lib/invitations/remind-unregistered-members";
import { addMemberContact } from "@/lib/organisations/add-member-contact";
import { removeMemberContact } from "@/lib/organisations/remove-member-contact";
import { hashToken } from "@/lib/registrations/tokens";
import { addressInDomains, registrationStanding } from "@/lib/registrations/registration-standing";
import {
  delegate,
  inviteMember,
  OPEN_NOW,
  registration,
  rowCounts,
  seededMeeting,
} from "./registration-fixtures";
import { errorCodeOf, outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let admin: { userId: string; email: string };
let staff: { userId: string; email: string };
let secretariat: { userId: string; email: string };

beforeAll(async () => {
  meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "admin@lulea.example.se", "admin");
  staff = await staffMember(meeting.event.id, "staff@lulea.example.se", "staff");
  const user = await db.user.create({
    data: { email: "kansli@industrikommuner.example.se", associationRole: "admin" },
  });
  secretariat = { userId: user.id, email: user.email };
});

/** A registration for the member without its invitation link. */
function uninvited(organisationId: string, delegates: ReturnType<typeof delegate>[], email?: string) {
  const { invitationToken: _token, ...input } = registration(organisationId, delegates);
  return email ? { ...input, contact: { ...input.contact, email } } : input;
}

const meetingId = () => meeting.activity("annual-meeting").id;
const dayOne = () => meeting.activity("day-1").id;

describe("the rule", () => {
  it("counts an invited registration from the member's own domains, and holds everything else", () => {
    const member = { emailDomains: ["lulea.se"] };
    const judge = (invited: boolean, contactEmail: string, isNewOrganisation = false) =>
      registrationStanding({ organisation: member, invited, contactEmail, isNewOrganisation });
    expect(judge(true, "anna@lulea.se")).toEqual({ approval: "approved", reasons: [] });
    expect(judge(true, "anna@it.lulea.se").approval).toBe("approved");
    expect(judge(true, "anna@notlulea.se").reasons).toEqual(["outside_domains"]);
    expect(judge(false, "anna@lulea.se").reasons).toEqual(["no_invitation"]);
    expect(judge(false, "anna@gmail.com").reasons).toEqual(["no_invitation", "outside_domains"]);
    const unknown = { organisation: { emailDomains: [] }, invited: false, contactEmail: "x@y.se" };
    expect(registrationStanding({ ...unknown, isNewOrganisation: true }).reasons).toEqual([
      "new_organisation",
    ]);
    expect(addressInDomains("a@LULEA.SE", ["lulea.se"])).toBe(true);
    expect(addressInDomains("a@lulea.se.evil.com", ["lulea.se"])).toBe(false);
  });
});

describe("a registration without the invitation link", () => {
  it("is pending: the ombud asked for holds no vote, and attends the annual meeting as anyone may", async () => {
    const member = meeting.members[3]!;
    const { summary } = await createRegistration(
      uninvited(member.id, [delegate([dayOne(), meetingId()], { isVotingDelegate: true })]),
      OPEN_NOW,
    );
    expect(summary.approval).toBe("pending");
    expect(summary.pendingReasons).toEqual(["no_invitation"]);
    const [person] = summary.attendees;
    expect(person).toMatchObject({ isVotingDelegate: false, votePending: true });
    expect(person!.signups.map((signup) => [signup.activityKey, signup.status])).toEqual([
      ["day-1", "confirmed"],
      ["annual-meeting", "confirmed"],
    ]);
    const live = await readLiveRegister(meeting.event.id);
    expect(live.find((row) => row.organisation === member.name)?.delegate).toBeNull();

    // Both sides are told, in plain words.
    const mails = await db.outboxEmail.findMany({
      where: { payload: { path: ["registrationId"], equals: summary.id } },
    });
    const toStaff = mails.find((mail) => mail.template === "registration-pending")!;
    expect(toStaff.recipient).toBe(meeting.event.contactEmail);
    expect((await renderOutboxEmail(toStaff)).text).toContain("inte via organisationens inbjudningslänk");
    const toContact = (
      await renderOutboxEmail(mails.find((mail) => mail.template === "registration-received")!)
    ).text;
    expect(toContact).toContain("Sekretariatet granskar anmälan");
    expect(toContact).toContain(`Ombud vid årsmötet när anmälan är godkänd: ${person!.name}`);
  });

  it("cannot block the member: the invited registration still names the ombud", async () => {
    const member = meeting.members[4]!;
    await createRegistration(
      uninvited(member.id, [delegate([meetingId()], { isVotingDelegate: true })]),
      OPEN_NOW,
    );
    const { summary } = await createRegistration(
      registration(member.id, [delegate([meetingId()], { isVotingDelegate: true })]),
      OPEN_NOW,
    );
    expect(summary.approval).toBe("approved");
    expect(summary.attendees[0]).toMatchObject({ isVotingDelegate: true, votePending: false });
    expect(summary.attendees[0]!.signups[0]!.status).toBe("confirmed");
  });

  it("is pending with an invitation when the contact writes from outside the member's domains", async () => {
    const member = meeting.members[5]!;
    await db.organisation.update({ where: { id: member.id }, data: { emailDomains: ["example.se"] } });
    const inside = await createRegistration(registration(member.id, [delegate([dayOne()])]), OPEN_NOW);
    expect(inside.summary.approval).toBe("approved");
    const input = registration(member.id, [delegate([dayOne()])]);
    const outside = await createRegistration(
      { ...input, contact: { ...input.contact, email: "karin@gmail.com" } },
      OPEN_NOW,
    );
    expect(outside.summary.pendingReasons).toEqual(["outside_domains"]);
  });

  it("is pending for an organisation the register does not know", async () => {
    const { summary } = await createRegistration(
      {
        ...uninvited(meeting.members[0]!.id, [delegate([dayOne()])]),
        organisation: { kind: "observer", name: "Nytt Bolag AB" },
      },
      OPEN_NOW,
    );
    expect(summary).toMatchObject({ approval: "pending", pendingReasons: ["new_organisation"] });
  });
});

describe("an invitation token", () => {
  it("that is unknown, of another meeting or of another organisation is refused and writes nothing", async () => {
    const member = meeting.members[6]!;
    const other = await db.event.create({
      data: { ...meeting.event, id: undefined, slug: "annan-traff", activities: undefined } as never,
    });
    const elsewhere = await inviteMember(other.id, member.id);
    const before = await rowCounts();
    const attempt = (invitationToken: string, organisationId = member.id) =>
      outcomeOf(
        createRegistration(
          { ...uninvited(organisationId, [delegate([dayOne()])]), invitationToken },
          OPEN_NOW,
        ),
      );
    expect(await attempt("A".repeat(43))).toBe("invitationInvalid");
    expect(await attempt(elsewhere)).toBe("invitationInvalid");
    const own = await inviteMember(meeting.event.id, member.id);
    expect(await attempt(own, meeting.members[7]!.id)).toBe("invitationOtherOrganisation");
    expect(await rowCounts()).toEqual(before);
  });
});

describe("approval", () => {
  it("gives the vote asked for and the places held, tells the contact and audits it; once", async () => {
    const member = meeting.members[8]!;
    const { summary } = await createRegistration(
      uninvited(member.id, [delegate([meetingId()], { isVotingDelegate: true })]),
      OPEN_NOW,
    );
    expect(await errorCodeOf(approveRegistration(staff, "lulea-2027", summary.id))).toBe("forbidden");
    const outcome = await approveRegistration(admin, "lulea-2027", summary.id);
    expect(outcome).toEqual({
      reference: summary.reference,
      voteGivenTo: summary.attendees[0]!.name,
      voteHeldBy: null,
      full: [],
    });
    const after = await db.attendee.findUniqueOrThrow({
      where: { id: summary.attendees[0]!.id },
      include: { signups: true },
    });
    expect(after).toMatchObject({ isVotingDelegate: true, votePending: false });
    expect(after.signups[0]!.status).toBe("confirmed");
    expect(await db.registration.findUniqueOrThrow({ where: { id: summary.id } })).toMatchObject({
      approval: "approved",
      approvedBy: admin.email,
    });
    const approved = await db.outboxEmail.findFirstOrThrow({
      where: { template: "registration-approved", payload: { path: ["registrationId"], equals: summary.id } },
    });
    expect((await renderOutboxEmail(approved)).text).toContain("Sekretariatet har godkänt er anmälan");
    expect(
      await db.auditEntry.count({ where: { action: "registration.approved", entityId: summary.id } }),
    ).toBe(1);
    const again = await approveRegistration(admin, "lulea-2027", summary.id).catch(
      (error: AppError) => error,
    );
    expect(again).toMatchObject({ code: "conflict", messageKey: "registrationAlreadyApproved" });
  });

  it("leaves the vote with an ombud named meanwhile, and says so", async () => {
    const member = meeting.members[9]!;
    const pending = await createRegistration(
      uninvited(member.id, [delegate([meetingId()], { isVotingDelegate: true })]),
      OPEN_NOW,
    );
    const invited = await createRegistration(
      registration(member.id, [delegate([meetingId()], { isVotingDelegate: true })]),
      OPEN_NOW,
    );
    const outcome = await approveRegistration(admin, "lulea-2027", pending.summary.id);
    expect(outcome).toMatchObject({ voteGivenTo: null, voteHeldBy: invited.summary.attendees[0]!.name });
    const voters = await db.attendee.count({
      where: { eventId: meeting.event.id, organisationId: member.id, isVotingDelegate: true },
    });
    expect(voters).toBe(1);
  });

  it("gives no place in a members-only activity that filled up meanwhile", async () => {
    const member = meeting.members[11]!;
    const lunch = await db.activity.create({
      data: {
        eventId: meeting.event.id,
        key: "members-lunch",
        kind: "dinner",
        nameSv: "Medlemslunch",
        nameEn: "Members' lunch",
        placeSv: "Luleå",
        placeEn: "Luleå",
        startsAt: new Date("2027-04-26T10:00:00Z"),
        endsAt: new Date("2027-04-26T11:00:00Z"),
        capacity: 1,
        membersOnly: true,
      },
    });
    const pending = await createRegistration(uninvited(member.id, [delegate([lunch.id])]), OPEN_NOW);
    await createRegistration(registration(meeting.members[12]!.id, [delegate([lunch.id])]), OPEN_NOW);
    const outcome = await approveRegistration(admin, "lulea-2027", pending.summary.id);
    expect(outcome.full).toEqual(["Medlemslunch"]);
    const signup = await db.signup.findFirstOrThrow({
      where: { activityId: lunch.id, attendeeId: pending.summary.attendees[0]!.id },
    });
    expect(signup.status).toBe("cancelled");
  });

  it("is refused for a cancelled registration", async () => {
    const { summary } = await createRegistration(
      uninvited(meeting.members[13]!.id, [delegate([dayOne()])]),
      OPEN_NOW,
    );
    await db.registration.update({
      where: { id: summary.id },
      data: { status: "cancelled", cancelledAt: new Date() },
    });
    const refused = await approveRegistration(admin, "lulea-2027", summary.id).catch(
      (error: AppError) => error,
    );
    expect(refused).toMatchObject({ code: "conflict", messageKey: "registrationNotActive" });
  });
});

describe("a pending registration changed through its private link", () => {
  it("asks for the vote rather than taking it", async () => {
    const member = meeting.members[14]!;
    const { summary } = await createRegistration(uninvited(member.id, [delegate([dayOne()])]), OPEN_NOW);
    const person = summary.attendees[0]!;
    await changeAttendeeSignups(
      { kind: "contact", registrationId: summary.id, eventId: meeting.event.id },
      person.id,
      { activityIds: [dayOne(), meetingId()], isVotingDelegate: true, answers: {} },
      OPEN_NOW,
    );
    const after = await db.attendee.findUniqueOrThrow({
      where: { id: person.id },
      include: { signups: true },
    });
    expect(after).toMatchObject({ isVotingDelegate: false, votePending: true });
    expect(after.signups.find((signup) => signup.activityId === meetingId())!.status).toBe("confirmed");
  });
});

describe("invitations and reminders", () => {
  it("reach every contact of an organisation not registered, once, with a link that ties to it", async () => {
    const member = meeting.members[15]!;
    expect(
      await outcomeOf(addMemberContact(staff, member.id, { name: "Eva", email: "eva@x.se", locale: "sv" })),
    ).toBe("forbidden");
    await addMemberContact(secretariat, member.id, {
      name: "Eva Ek",
      email: "eva.ek@kommun.example.se",
      locale: "en",
    });
    expect(
      await outcomeOf(
        addMemberContact(secretariat, member.id, {
          name: "Eva",
          email: "eva.ek@kommun.example.se",
          locale: "sv",
        }),
      ),
    ).toBe("contactTaken");

    expect(await errorCodeOf(sendInvitations(staff, "lulea-2027"))).toBe("forbidden");
    const { sent } = await sendInvitations(admin, "lulea-2027");
    expect(sent).toBe(1);
    expect((await sendInvitations(admin, "lulea-2027")).sent).toBe(0);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { template: "invitation", recipient: "eva.ek@kommun.example.se" },
    });
    const rendered = await renderOutboxEmail(mail);
    expect(rendered.subject).toContain("Invitation to");
    const link = new URL(rendered.html.match(/href="([^"]*invitation=[^"]*)"/)![1]!.replaceAll("&amp;", "&"));
    expect(link.pathname).toBe("/en/events/lulea-2027/register");
    const token = link.searchParams.get("invitation")!;
    const invitation = await db.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(invitation.organisationId).toBe(member.id);

    // The link makes a registration that counts at once.
    const { invitationToken: _token, ...input } = registration(member.id, [
      delegate([meetingId()], { isVotingDelegate: true }),
    ]);
    const { summary } = await createRegistration({ ...input, invitationToken: token }, OPEN_NOW);
    expect(summary.approval).toBe("approved");
    expect((await db.registration.findUniqueOrThrow({ where: { id: summary.id } })).invitationId).toBe(
      invitation.id,
    );
  });

  it("remind members not registered, with the same link, once a day however often clicked", async () => {
    const member = meeting.members[16]!;
    await addMemberContact(secretariat, member.id, {
      name: "Olle",
      email: "olle@kommun.example.se",
      locale: "sv",
    });
    const first = await remindUnregisteredMembers(staff, "lulea-2027", OPEN_NOW);
    expect(first.reminded).toBeGreaterThan(0);
    const count = () =>
      db.outboxEmail.count({ where: { template: "invitation", recipient: "olle@kommun.example.se" } });
    expect(await count()).toBe(1);
    await remindUnregisteredMembers(staff, "lulea-2027", OPEN_NOW);
    expect(await count()).toBe(1);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { template: "invitation", recipient: "olle@kommun.example.se" },
    });
    expect((await renderOutboxEmail(mail)).text).toContain("Vi har ännu ingen anmälan");

    const contact = await db.memberContact.findFirstOrThrow({ where: { email: "olle@kommun.example.se" } });
    await removeMemberContact(secretariat, member.id, contact.id);
    // The invitation and its link outlive the contact.
    expect(await db.invitation.count({ where: { email: "olle@kommun.example.se" } })).toBe(1);
  });

  it("still reach a member whose only registration waits for approval", async () => {
    const member = meeting.members[17]!;
    await createRegistration(uninvited(member.id, [delegate([dayOne()])]), OPEN_NOW);
    await addMemberContact(secretariat, member.id, {
      name: "Rut",
      email: "rut@kommun.example.se",
      locale: "sv",
    });
    expect((await sendInvitations(admin, "lulea-2027")).sent).toBe(1);
    expect(
      await db.invitation.count({ where: { organisationId: member.id, email: "rut@kommun.example.se" } }),
    ).toBe(1);
  });

  it("are refused while the meeting is not published", async () => {
    await db.event.update({ where: { id: meeting.event.id }, data: { status: "draft" } });
    try {
      const refused = await sendInvitations(admin, "lulea-2027").catch((error: AppError) => error);
      expect(refused).toMatchObject({ code: "conflict", messageKey: "invitationsNotOpen" });
    } finally {
      await db.event.update({ where: { id: meeting.event.id }, data: { status: "open" } });
    }
  });
});
