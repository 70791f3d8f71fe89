// The annual meeting's ombud, substitute and mandate: named by the member's contact or staff,
// the mandate uploaded as a PDF or confirmed once through a signed link, and the substitute
// voting when the ombud is absent.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkInAttendee } from "@/lib/check-in/check-in-attendee";
import { renderOutboxEmail } from "@/lib/mail/render-outbox-email";
import { confirmMandate, getMandateRequest } from "@/lib/mandates/confirm-mandate";
import { getContactMemberVote } from "@/lib/mandates/get-member-vote";
import { nameSubstitute } from "@/lib/mandates/name-substitute";
import { readContactMandateFile } from "@/lib/mandates/read-mandate-file";
import { remindMissingMandates } from "@/lib/mandates/remind-missing-mandates";
import { replaceOmbud } from "@/lib/mandates/replace-ombud";
import { MAX_MANDATE_BYTES, uploadMandate } from "@/lib/mandates/upload-mandate";
import { pdfFileName } from "@/lib/http/pdf-file";
import { changeAttendeeSignups } from "@/lib/registrations/change-attendee-signups";
import { createRegistration } from "@/lib/registrations/create-registration";
import type { ManageAccess } from "@/lib/registrations/manage-access";
import { fixVotingRegister } from "@/lib/voting-register/fix-voting-register";
import { getVotingRegister } from "@/lib/voting-register/get-voting-register";
import { readLiveRegister } from "@/lib/voting-register/read-live-register";
import { OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let staff: { userId: string; email: string };
let viewer: { userId: string; email: string };

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const meetingId = () => meeting.activity("annual-meeting").id;
const dayOne = () => meeting.activity("day-1").id;

/** A member's registration: an ombud and a second person at the annual meeting, a third on day 1 only. */
async function registerMember(index: number) {
  const member = meeting.members[index]!;
  const { summary } = await createRegistration(
    registration(member.id, [
      delegate([dayOne(), meetingId()], { name: `Olga Ombud ${index}`, isVotingDelegate: true }),
      delegate([dayOne(), meetingId()], { name: `Erik Ersättare ${index}` }),
      delegate([dayOne()], { name: `Dagny Dagsgäst ${index}` }),
    ]),
    OPEN_NOW,
  );
  const [ombud, second, dayGuest] = summary.attendees.map((attendee) => attendee.id) as [
    string,
    string,
    string,
  ];
  const contact: ManageAccess = { kind: "contact", registrationId: summary.id, eventId: meeting.event.id };
  return {
    member,
    summary,
    contact,
    ombud,
    second,
    dayGuest,
    actor: { kind: "contact" as const, access: contact },
  };
}

const live = async (organisationId: string) =>
  (await readLiveRegister(meeting.event.id)).find((row) => row.organisationId === organisationId)!;

beforeAll(async () => {
  meeting = await seededMeeting();
  staff = await staffMember(meeting.event.id, "staff@lulea.example.se", "staff");
  viewer = await staffMember(meeting.event.id, "viewer@lulea.example.se", "viewer");
});

describe("the substitute", () => {
  it("attends the annual meeting, is not the ombud, and is named once per member", async () => {
    const { member, actor, ombud, second, dayGuest } = await registerMember(0);
    expect(await outcomeOf(nameSubstitute(actor, { substituteId: dayGuest }, OPEN_NOW))).toBe(
      "substituteNotAttending",
    );
    expect(await outcomeOf(nameSubstitute(actor, { substituteId: ombud }, OPEN_NOW))).toBe(
      "substituteIsOmbud",
    );
    await nameSubstitute(actor, { substituteId: second }, OPEN_NOW);
    expect((await live(member.id)).substitute?.name).toBe("Erik Ersättare 0");
    await expect(
      db.attendee.update({ where: { id: ombud }, data: { isSubstitute: true } }),
    ).rejects.toThrow();
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "mandate.substitute-named", entityId: member.id },
    });
    expect(audit.changes).toEqual({ from: null, to: "Erik Ersättare 0" });

    // Leaving the annual meeting would leave the member without its substitute: refused.
    expect(
      await outcomeOf(
        changeAttendeeSignups(
          actor.access,
          second,
          { activityIds: [dayOne()], isVotingDelegate: false, answers: {} },
          OPEN_NOW,
        ),
      ),
    ).toBe("substituteNeedsMeeting");
    await nameSubstitute(actor, { substituteId: null }, OPEN_NOW);
    expect((await live(member.id)).substitute).toBeNull();
  });

  it("is not named through a registration awaiting approval, nor by a viewer, nor after the deadline", async () => {
    const member = meeting.members[1]!;
    const { invitationToken: _token, ...uninvited } = registration(member.id, [
      delegate([meetingId()], { isVotingDelegate: true }),
    ]);
    const { summary } = await createRegistration(uninvited, OPEN_NOW);
    const access: ManageAccess = { kind: "contact", registrationId: summary.id, eventId: meeting.event.id };
    const refused = await nameSubstitute({ kind: "contact", access }, { substituteId: null }, OPEN_NOW).catch(
      (error: AppError) => error,
    );
    expect(refused).toMatchObject({ code: "forbidden", messageKey: "votePendingApproval" });
    expect(await getContactMemberVote(access)).toBeNull();

    const { actor, second } = await registerMember(2);
    const asViewer = {
      kind: "staff" as const,
      staff: viewer,
      slug: "lulea-2027",
      organisationId: meeting.members[2]!.id,
    };
    expect(await outcomeOf(nameSubstitute(asViewer, { substituteId: second }))).toBe("forbidden");
    const late = new Date(meeting.event.changeDeadline.getTime() + 60_000);
    expect(await outcomeOf(nameSubstitute(actor, { substituteId: second }, late))).toBe(
      "change_deadline_passed",
    );
    // Staff may still, after the contact's deadline.
    const asStaff = { ...asViewer, staff };
    expect(await outcomeOf(nameSubstitute(asStaff, { substituteId: second }, late))).toBe("ok");
  });
});

describe("replacing the ombud", () => {
  it("needs a reason, is audited, tells both people, and the substitute made ombud stops being one", async () => {
    const { member, actor, ombud, second } = await registerMember(3);
    await nameSubstitute(actor, { substituteId: second }, OPEN_NOW);
    expect(await outcomeOf(replaceOmbud(actor, { ombudId: second, reason: "" }, OPEN_NOW))).toBe(
      "ombudReasonRequired",
    );
    expect(await outcomeOf(replaceOmbud(actor, { ombudId: ombud, reason: "Samma" }, OPEN_NOW))).toBe(
      "ombudUnchanged",
    );
    // Unticking the vote on a person's choices would replace the ombud without a reason.
    expect(
      await outcomeOf(
        changeAttendeeSignups(
          actor.access,
          ombud,
          { activityIds: [dayOne(), meetingId()], isVotingDelegate: false, answers: {} },
          OPEN_NOW,
        ),
      ),
    ).toBe("ombudChangeNeedsReason");

    const before = new Date();
    await replaceOmbud(actor, { ombudId: second, reason: "Ordinarie ombud sjuk" }, OPEN_NOW);
    const row = await live(member.id);
    expect(row.ombud?.name).toBe("Erik Ersättare 3");
    expect(row.substitute).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "mandate.ombud-replaced", entityId: member.id },
    });
    expect(audit.changes).toEqual({
      from: "Olga Ombud 3",
      to: "Erik Ersättare 3",
      reason: "Ordinarie ombud sjuk",
    });
    const told = await db.outboxEmail.findMany({
      where: { template: "attendee-changed", createdAt: { gte: before } },
      select: { payload: true },
    });
    expect(told.map((mail) => (mail.payload as { attendeeId: string }).attendeeId).sort()).toEqual(
      [ombud, second].sort(),
    );

    // Staff remove the ombud with a reason; nobody votes for the member then.
    const asStaff = { kind: "staff" as const, staff, slug: "lulea-2027", organisationId: member.id };
    await replaceOmbud(asStaff, { ombudId: null, reason: "Kommunen avstår" });
    expect((await live(member.id)).ombud).toBeNull();
  });
});

describe("the mandate", () => {
  it("is a PDF, checked by its bytes and size, stored as uploaded and offered back as a download", async () => {
    const { member, actor, second } = await registerMember(4);
    const upload = (bytes: Uint8Array, name = "fullmakt.pdf") =>
      outcomeOf(uploadMandate(actor, { name, bytes }, OPEN_NOW));
    expect(await upload(new Uint8Array())).toBe("mandateMissing");
    expect(await upload(new TextEncoder().encode("<html><script>alert(1)</script>"), "fullmakt.pdf")).toBe(
      "mandateType",
    );
    expect(await upload(new Uint8Array(MAX_MANDATE_BYTES + 1).fill(0x25))).toBe("mandateTooLarge");
    expect(await db.mandate.count({ where: { organisationId: member.id } })).toBe(0);

    await nameSubstitute(actor, { substituteId: second }, OPEN_NOW);
    expect(await upload(PDF, "../../Fullmakt Luleå.PDF")).toBe("ok");
    expect((await live(member.id)).mandate).toBe("upload");
    const file = await readContactMandateFile(actor.access);
    expect(file.fileName).toBe("Fullmakt Luleå.PDF");
    expect(Buffer.from(file.data).equals(Buffer.from(PDF))).toBe(true);
    expect(pdfFileName('a\r\nb"c.exe', "f.pdf")).toBe("abc.exe.pdf");

    // It names the persons of the moment: another substitute needs a new mandate.
    await nameSubstitute(actor, { substituteId: null }, OPEN_NOW);
    expect((await live(member.id)).mandate).toBe("missing");
    const view = await getContactMemberVote(actor.access);
    expect(view?.mandate?.substituteName).toBe("Erik Ersättare 4");
  });

  it("goes missing when no ombud is named, and cannot be uploaded then", async () => {
    const { actor } = await registerMember(5);
    await replaceOmbud(actor, { ombudId: null, reason: "Ingen röst i år" }, OPEN_NOW);
    expect(await outcomeOf(uploadMandate(actor, { name: "f.pdf", bytes: PDF }, OPEN_NOW))).toBe(
      "mandateNeedsOmbud",
    );
  });
});

describe("at the annual meeting", () => {
  it("the substitute votes while the ombud is absent, and the fixed register says so with the mandate", async () => {
    const { member, actor, ombud, second } = await registerMember(6);
    await nameSubstitute(actor, { substituteId: second }, OPEN_NOW);
    await uploadMandate(actor, { name: "fullmakt.pdf", bytes: PDF }, OPEN_NOW);
    await checkInAttendee(staff, {
      slug: "lulea-2027",
      target: { attendeeId: second },
      scope: "annual-meeting",
    });
    expect(await live(member.id)).toMatchObject({
      delegate: "Erik Ersättare 6",
      role: "substitute",
      mandate: "upload",
    });
    const { version } = await fixVotingRegister(staff, { slug: "lulea-2027", reason: "test" });
    const entry = await db.votingRegisterEntry.findFirstOrThrow({
      where: { votingRegister: { eventId: meeting.event.id, version }, organisationName: member.name },
    });
    expect(entry).toMatchObject({
      delegateName: "Erik Ersättare 6",
      delegateRole: "substitute",
      mandate: "upload",
    });

    // The ombud arrives: the vote is the ombud's again, for the next version.
    await checkInAttendee(staff, {
      slug: "lulea-2027",
      target: { attendeeId: ombud },
      scope: "annual-meeting",
    });
    expect(await live(member.id)).toMatchObject({ delegate: "Olga Ombud 6", role: "ombud" });
  });

  it("observers attend without a vote and are listed so", async () => {
    const { summary } = await createRegistration(
      registration("", [delegate([meetingId()], { name: "Otto Observatör" })], {
        organisation: { kind: "observer", name: "Industriförbundet" },
      }),
      OPEN_NOW,
    );
    const { withoutVote } = await getVotingRegister(viewer, "lulea-2027");
    expect(withoutVote.find((person) => person.id === summary.attendees[0]!.id)).toMatchObject({
      name: "Otto Observatör",
      organisation: "Industriförbundet",
      observer: true,
    });
    expect(
      withoutVote.some((person) => person.name === "Olga Ombud 6" || person.name === "Erik Ersättare 6"),
    ).toBe(false);
  });
});

describe("missing mandates", () => {
  it("staff remind the register's contacts once a day; the link shows, confirms once, and then is used", async () => {
    const { member, actor } = await registerMember(7);
    await db.memberContact.create({
      data: {
        organisationId: member.id,
        name: "Rut Register",
        email: "rut.register@example.se",
        locale: "en",
      },
    });
    const missingBefore = (await readLiveRegister(meeting.event.id)).filter(
      (row) => row.ombud && row.mandate === "missing",
    ).length;
    expect(await outcomeOf(remindMissingMandates(viewer, "lulea-2027"))).toBe("forbidden");
    const first = await remindMissingMandates(staff, "lulea-2027");
    expect(first.organisations).toBe(missingBefore);
    expect(first.mails).toBe(1);
    expect(first.withoutContact).toBe(missingBefore - 1);
    expect((await remindMissingMandates(staff, "lulea-2027")).mails).toBe(0);

    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { template: "mandate-request", recipient: "rut.register@example.se" },
    });
    const rendered = await renderOutboxEmail(mail);
    expect(rendered.subject).toContain(member.name);
    expect(rendered.text).toContain("Olga Ombud 7");
    const url = /https?:\/\/\S+\/en\/mandates\/([A-Za-z0-9_-]{43})/.exec(rendered.text);
    expect(url).not.toBeNull();
    const token = url![1]!;

    // Opening the page changes nothing; the confirm does, once.
    expect(await getMandateRequest(token, "203.0.113.9")).toMatchObject({
      state: "open",
      organisation: member.name,
      ombud: "Olga Ombud 7",
    });
    expect((await live(member.id)).mandate).toBe("missing");
    await confirmMandate(token, "203.0.113.9");
    expect((await live(member.id)).mandate).toBe("confirmation");
    const again = await confirmMandate(token, "203.0.113.9").catch((error: AppError) => error);
    expect(again).toMatchObject({ code: "conflict", messageKey: "mandateLinkUsed" });
    expect((await getMandateRequest(token, "203.0.113.9")).state).toBe("used");
    const mandate = await db.mandate.findUniqueOrThrow({
      where: { eventId_organisationId: { eventId: meeting.event.id, organisationId: member.id } },
    });
    expect(mandate).toMatchObject({
      kind: "confirmation",
      recordedBy: "rut.register@example.se",
      data: null,
    });
    expect(await getContactMemberVote(actor.access)).toMatchObject({ standing: "confirmation" });

    // A link the app did not sign is unknown, and counts against the caller.
    expect(await outcomeOf(getMandateRequest("A".repeat(43), "203.0.113.9"))).toBe("not_found");
    expect(await outcomeOf(confirmMandate("short", "203.0.113.9"))).toBe("not_found");
  });
});
