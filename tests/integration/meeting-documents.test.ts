// The meeting's papers: uploaded as PDFs by its administrators, shown from their publication date
// to everyone or to those registered, and the notice mailed to every member's contacts once.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMeetingDocument, MAX_DOCUMENTS } from "@/lib/documents/add-meeting-document";
import {
  getDocumentsOverview,
  listDelegateDocuments,
  listPublicDocuments,
  readDelegateDocument,
  readPublicDocument,
} from "@/lib/documents/read-meeting-documents";
import { removeMeetingDocument } from "@/lib/documents/remove-meeting-document";
import { sendDueNotices } from "@/lib/documents/send-due-notices";
import { updateNoticeSettings } from "@/lib/documents/update-notice-settings";
import { renderOutboxEmail } from "@/lib/mail/render-outbox-email";
import { createRegistration } from "@/lib/registrations/create-registration";
import type { ManageAccess } from "@/lib/registrations/manage-access";
import { meetingDocumentInput, type MeetingDocumentInput } from "@/lib/validation/meeting-document";
import { OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let admin: { userId: string; email: string };
let staff: { userId: string; email: string };

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const DAY = 24 * 60 * 60 * 1000;

const paper = (overrides: Partial<MeetingDocumentInput> = {}): MeetingDocumentInput => ({
  documentKind: "agenda",
  titleSv: "Dagordning",
  titleEn: "Agenda",
  publishedAt: new Date("2027-03-01T08:00:00Z"),
  documentVisibility: "public",
  ...overrides,
});
const file = (bytes = PDF, name = "dagordning.pdf") => ({ name, bytes });

beforeAll(async () => {
  meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "admin@lulea.example.se", "admin");
  staff = await staffMember(meeting.event.id, "staff@lulea.example.se", "staff");
});

describe("meeting documents", () => {
  it("are PDFs uploaded by the meeting's administrators, checked by their bytes and counted", async () => {
    expect(await outcomeOf(addMeetingDocument(staff, "lulea-2027", paper(), file()))).toBe("forbidden");
    expect(
      await outcomeOf(
        addMeetingDocument(admin, "lulea-2027", paper(), file(new TextEncoder().encode("MZ…"))),
      ),
    ).toBe("documentType");
    expect(await outcomeOf(addMeetingDocument(admin, "lulea-2027", paper(), file(new Uint8Array())))).toBe(
      "documentMissing",
    );
    const parsed = meetingDocumentInput.safeParse({
      documentKind: "secret",
      titleSv: "",
      titleEn: "x",
      publishedAt: "imorgon",
      documentVisibility: "public",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join("."))).toEqual([
      "documentKind",
      "titleSv",
      "publishedAt",
    ]);
    expect(await db.meetingDocument.count()).toBe(0);

    const { id } = await addMeetingDocument(admin, "lulea-2027", paper(), file(PDF, "../Dagordning 2027"));
    const stored = await db.meetingDocument.findUniqueOrThrow({ where: { id } });
    expect(stored.fileName).toBe("Dagordning 2027.pdf");
    expect(await db.auditEntry.count({ where: { action: "document.added", entityId: id } })).toBe(1);

    // At most MAX_DOCUMENTS: the next is refused with the number.
    await db.meetingDocument.createMany({
      data: Array.from({ length: MAX_DOCUMENTS - 1 }, (_, index) => ({
        eventId: meeting.event.id,
        kind: "motion" as const,
        titleSv: `Motion ${index}`,
        titleEn: `Motion ${index}`,
        fileName: "motion.pdf",
        data: Buffer.from(PDF),
        publishedAt: new Date("2030-01-01T00:00:00Z"),
      })),
    });
    const refused = await addMeetingDocument(admin, "lulea-2027", paper(), file()).catch((error) => error);
    expect(refused.fields[0]).toMatchObject({ code: "documentsTooMany", params: { max: MAX_DOCUMENTS } });
    await db.meetingDocument.deleteMany({ where: { kind: "motion" } });
    await removeMeetingDocument(admin, "lulea-2027", id);
    expect(await outcomeOf(removeMeetingDocument(admin, "lulea-2027", id))).toBe("not_found");
  });

  it("are shown from their publication date, delegates' papers only through a private link", async () => {
    const open = await addMeetingDocument(admin, "lulea-2027", paper(), file());
    const later = await addMeetingDocument(
      admin,
      "lulea-2027",
      paper({
        documentKind: "annual_report",
        titleSv: "Verksamhetsberättelse",
        publishedAt: new Date("2027-04-01T08:00:00Z"),
      }),
      file(),
    );
    const inner = await addMeetingDocument(
      admin,
      "lulea-2027",
      paper({
        documentKind: "nomination",
        titleSv: "Valberedningens förslag",
        documentVisibility: "delegates",
      }),
      file(),
    );
    const march = new Date("2027-03-15T08:00:00Z");
    expect((await listPublicDocuments(meeting.event.id, march)).map((row) => row.id)).toEqual([open.id]);
    expect(
      Buffer.from((await readPublicDocument("lulea-2027", open.id, march)).data).equals(Buffer.from(PDF)),
    ).toBe(true);
    expect(await outcomeOf(readPublicDocument("lulea-2027", inner.id, march))).toBe("not_found");
    expect(await outcomeOf(readPublicDocument("lulea-2027", later.id, march))).toBe("not_found");

    const { summary } = await createRegistration(
      registration(meeting.members[0]!.id, [delegate([meeting.activity("day-1").id])]),
      OPEN_NOW,
    );
    const access: ManageAccess = { kind: "contact", registrationId: summary.id, eventId: meeting.event.id };
    expect((await listDelegateDocuments(access, march)).map((row) => row.id).sort()).toEqual(
      [open.id, inner.id].sort(),
    );
    expect((await readDelegateDocument(access, inner.id, march)).fileName).toBe("dagordning.pdf");
    expect(await outcomeOf(readDelegateDocument(access, later.id, march))).toBe("not_found");
    await db.meetingDocument.deleteMany({});
  });
});

describe("the notice", () => {
  it("goes once to every member's contact the set weeks before, with the notice attached, and its delivery shows", async () => {
    const contacts = [meeting.members[1]!, meeting.members[2]!].map((member, index) => ({
      organisationId: member.id,
      name: `Kontakt ${index}`,
      email: `kallelse-${index}@example.se`,
      locale: index === 0 ? ("sv" as const) : ("en" as const),
    }));
    await db.memberContact.createMany({ data: contacts });
    expect(await outcomeOf(updateNoticeSettings(admin, "lulea-2027", { noticeWeeksBefore: 6 }))).toBe("ok");
    const sendsAt = new Date(meeting.event.startsAt.getTime() - 6 * 7 * DAY);

    // Without a notice nothing goes; with one, nothing before its time.
    expect(await sendDueNotices(new Date(sendsAt.getTime() + DAY))).toBe(0);
    await addMeetingDocument(
      admin,
      "lulea-2027",
      paper({
        documentKind: "notice",
        titleSv: "Kallelse till årsmötet",
        titleEn: "Notice of the annual meeting",
        publishedAt: new Date("2027-01-01T08:00:00Z"),
      }),
      file(PDF, "kallelse.pdf"),
    );
    expect(await sendDueNotices(new Date(sendsAt.getTime() - DAY))).toBe(0);
    const allContacts = await db.memberContact.count({ where: { organisation: { isMember: true } } });
    expect(await sendDueNotices(new Date(sendsAt.getTime() + 60_000))).toBe(allContacts);
    expect(await sendDueNotices(new Date(sendsAt.getTime() + DAY))).toBe(0);

    const mails = await db.outboxEmail.findMany({ where: { template: "meeting-notice" } });
    expect(mails.map((mail) => mail.recipient).sort()).toEqual(
      expect.arrayContaining(contacts.map((contact) => contact.email)),
    );
    const english = mails.find((mail) => mail.recipient === "kallelse-1@example.se")!;
    const rendered = await renderOutboxEmail(english);
    expect(rendered.subject).toBe("Notice: Network meeting and annual meeting in Luleå");
    expect(rendered.attachments).toEqual([
      expect.objectContaining({ filename: "kallelse.pdf", contentType: "application/pdf" }),
    ]);
    expect(rendered.text).toContain("Notice of the annual meeting");

    await db.outboxEmail.update({ where: { id: english.id }, data: { status: "sent", sentAt: new Date() } });
    const { notice } = await getDocumentsOverview(staff, "lulea-2027");
    expect(notice.sentAt).not.toBeNull();
    expect(notice.delivery).toEqual({ sent: 1, queued: mails.length - 1, failed: 0 });
  });
});
