// The outbox against a real SMTP server: nothing lost while SMTP is down, everything delivered
// exactly once afterwards, two workers side by side, and bounded retries for a refused address.
import nodemailer from "nodemailer";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Hoisted above the imports, which read SMTP_URL when they load; the kernel picks a free port.
const port = await vi.hoisted(async () => {
  const { freePort } = await import("../setup/free-port");
  const chosen = await freePort();
  process.env.SMTP_URL = `smtp://127.0.0.1:${chosen}`;
  process.env.OUTBOX_MAX_ATTEMPTS = "3";
  process.env.OUTBOX_RETRY_SECONDS = "1";
  return chosen;
});

import { db } from "@/lib/db";
import { enqueueDueReminders } from "@/lib/mail/enqueue-email";
import { getOutboxStatus } from "@/lib/mail/get-outbox-status";
import { drainOutbox } from "@/lib/mail/run-outbox-worker";
import { cancelAttendee } from "@/lib/registrations/cancel-attendee";
import { mailTransport } from "@/lib/mail/transport";
import { createRegistration } from "@/lib/registrations/create-registration";
import { changeAttendeeSignups } from "@/lib/registrations/change-attendee-signups";
import { SmtpSink } from "./helpers/smtp-sink";
import { HYBRIT_ANSWERS, OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";

const sink = new SmtpSink(port);
let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let clock = OPEN_NOW.getTime();
/** A clock the test moves forward, so retries fall due without waiting. */
const now = () => new Date(clock);
const later = (minutes: number) => (clock += minutes * 60_000);

beforeAll(async () => {
  meeting = await seededMeeting();
});
afterAll(() => sink.stop());

async function registerMany(count: number) {
  const day1 = meeting.activity("day-1").id;
  for (let index = 0; index < count; index++) {
    await createRegistration(registration(meeting.members[index % 20]!.id, [delegate([day1])]), OPEN_NOW);
  }
}

describe("outbox delivery", () => {
  it(
    "keeps every registration while SMTP is down and delivers each mail exactly once after",
    { timeout: 60_000 },
    async () => {
      await registerMany(50);
      expect(await db.registration.count()).toBe(50);
      expect(await db.outboxEmail.count({ where: { status: "pending" } })).toBe(100);

      await drainOutbox(mailTransport()!, now);
      const waiting = await db.outboxEmail.findMany();
      expect(
        waiting.every((email) => email.status === "pending" && email.attempts === 1 && email.lastError),
      ).toBe(true);

      await sink.start();
      later(10);
      await drainOutbox(mailTransport()!, now);
      const sent = await db.outboxEmail.findMany();
      expect(sent.every((email) => email.status === "sent" && email.sentAt)).toBe(true);
      const ids = sink.received.map((mail) => mail.messageId);
      expect(ids).toHaveLength(100);
      expect(new Set(ids).size).toBe(100);
      for (const email of sent) expect(ids.filter((id) => id.startsWith(`<${email.id}@`))).toHaveLength(1);
      // Private links leave the outbox once sent.
      expect(sent.some((email) => "manageToken" in (email.payload as object))).toBe(false);
    },
  );

  it("never sends a mail twice when two workers drain at once", { timeout: 60_000 }, async () => {
    const before = sink.received.length;
    await registerMany(40);
    const first = nodemailer.createTransport(process.env.SMTP_URL!);
    const second = nodemailer.createTransport(process.env.SMTP_URL!);
    const [a, b] = await Promise.all([drainOutbox(first, now), drainOutbox(second, now)]);
    expect(a + b).toBe(80);
    const ids = sink.received.slice(before).map((mail) => mail.messageId);
    expect(ids).toHaveLength(80);
    expect(new Set(ids).size).toBe(80);
  });

  it("gives up on a permanently refused address after the bounded number of attempts", async () => {
    const refused = delegate([meeting.activity("day-1").id]);
    sink.refused.add(refused.email);
    await createRegistration(registration(meeting.members[0]!.id, [refused]), OPEN_NOW);
    for (let attempt = 0; attempt < 5; attempt++) {
      await drainOutbox(mailTransport()!, now);
      later(60 * 24);
    }
    const row = await db.outboxEmail.findFirstOrThrow({ where: { recipient: refused.email } });
    expect(row).toMatchObject({ status: "failed", attempts: 3 });
    expect(row.lastError).toMatch(/550/);
    // Staff see it among the failed mails.
    const status = await getOutboxStatus();
    expect(status.failed.map((mail) => mail.recipient)).toContain(refused.email);
    expect(status.counts.failed).toBeGreaterThanOrEqual(1);
  });

  it("sends a mail interrupted mid-send again after its lease, with the same Message-ID", async () => {
    await registerMany(1);
    const row = await db.outboxEmail.findFirstOrThrow({ where: { status: "pending" } });
    await db.outboxEmail.update({
      where: { id: row.id },
      data: { status: "sending", attempts: 1, nextAttemptAt: new Date(clock - 1000) },
    });
    const before = sink.received.length;
    await drainOutbox(mailTransport()!, now);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
    });
    const copies = sink.received.slice(before).filter((mail) => mail.messageId.startsWith(`<${row.id}@`));
    expect(copies).toHaveLength(1);
  });

  it("sends nothing while Object.prototype is polluted, and sends once it is clean", async () => {
    await registerMany(1);
    const before = sink.received.length;
    const pending = await db.outboxEmail.count({ where: { status: "pending" } });
    expect(pending).toBeGreaterThan(0);
    Object.defineProperty(Object.prototype, "bcc", {
      value: "attacker@evil.example",
      configurable: true,
      writable: true,
    });
    try {
      await drainOutbox(mailTransport()!, now);
    } finally {
      delete (Object.prototype as Record<string, unknown>).bcc;
    }
    expect(sink.received.length).toBe(before);
    expect(await db.outboxEmail.count({ where: { status: "pending" } })).toBe(pending);
    expect((await db.outboxEmail.findFirstOrThrow({ where: { status: "pending" } })).lastError).toMatch(
      /Object\.prototype/,
    );
  });

  it("sends each attendee one reminder, however often the worker looks", async () => {
    const active = await db.attendee.count({ where: { status: "active" } });
    const reminderTime = new Date(meeting.event.startsAt.getTime() - 6 * 24 * 3600_000);
    expect(await enqueueDueReminders(reminderTime)).toBe(active);
    expect(await enqueueDueReminders(reminderTime)).toBe(0);
    expect(await enqueueDueReminders(new Date(meeting.event.startsAt.getTime() - 10 * 24 * 3600_000))).toBe(
      0,
    );
    expect(await db.outboxEmail.count({ where: { template: "reminder" } })).toBe(active);
  });

  it("writes in the attendee's language with a calendar file whose entries keep their ids", async () => {
    const hybrit = meeting.activity("hybrit");
    const english = delegate([meeting.activity("day-1").id], { name: "Erik English" });
    await createRegistration(registration(meeting.members[1]!.id, [english], { locale: "en" }), OPEN_NOW);
    const before = sink.received.length;
    await drainOutbox(mailTransport()!, now);

    const parse = async (raw: string) => simpleParser(raw);
    const confirmation = await parse(
      sink.received.slice(before).find((mail) => mail.to.includes(english.email))!.raw,
    );
    expect(confirmation.subject).toBe("Confirmation: Network meeting and annual meeting in Luleå");
    expect(confirmation.text).toContain("Hello Erik English,");
    const calendar = (content: Buffer) => new ICAL.Component(ICAL.parse(content.toString("utf8")));
    const ics = (mail: typeof confirmation) =>
      mail.attachments.find((attachment) => attachment.contentType === "text/calendar")!.content;
    const first = calendar(ics(confirmation));
    // The check-in QR code travels as an inline image the HTML refers to by content id.
    const qr = confirmation.attachments.find((attachment) => attachment.contentType === "image/png")!;
    expect(qr.related).toBe(true);
    expect(qr.contentId).toMatch(/^<check-in-.+@sik>$/);
    const events = first.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    const day1 = events.find((event) => event.summary.startsWith("Day 1"))!;
    // 10:00 in Luleå on 25 April (summer time) is 08:00 UTC.
    expect(day1.startDate.toJSDate().toISOString()).toBe("2027-04-25T08:00:00.000Z");

    // A change sends a new calendar whose entries carry the same UIDs and a higher SEQUENCE.
    const attendee = await db.attendee.findFirstOrThrow({ where: { email: english.email } });
    const access = {
      kind: "contact" as const,
      registrationId: attendee.registrationId,
      eventId: attendee.eventId,
    };
    later(5);
    await changeAttendeeSignups(
      access,
      attendee.id,
      {
        activityIds: [meeting.activity("day-1").id, hybrit.id],
        isVotingDelegate: false,
        answers: { [hybrit.id]: HYBRIT_ANSWERS },
      },
      OPEN_NOW,
    );
    const beforeChange = sink.received.length;
    await drainOutbox(mailTransport()!, now);
    const changed = await parse(
      sink.received.slice(beforeChange).find((mail) => mail.to.includes(english.email))!.raw,
    );
    expect(changed.subject).toBe("Registration changed: Network meeting and annual meeting in Luleå");
    const second = calendar(ics(changed));
    const uid = (component: ICAL.Component, summary: string) =>
      component
        .getAllSubcomponents("vevent")
        .map((vevent) => new ICAL.Event(vevent))
        .find((event) => event.summary.startsWith(summary))!;
    expect(uid(second, "Day 1").uid).toBe(day1.uid);
    expect(uid(second, "Day 1").sequence).toBeGreaterThan(day1.sequence);
    expect(uid(second, "Study visit")).toBeDefined();
    expect(second.getFirstPropertyValue("method")).toBe("PUBLISH");

    // Cancelling sends METHOD:CANCEL for every entry, with the same UIDs and a higher SEQUENCE,
    // so calendar apps remove them; nothing is published any more.
    later(5);
    await cancelAttendee(access, attendee.id, OPEN_NOW);
    const beforeCancel = sink.received.length;
    await drainOutbox(mailTransport()!, now);
    const cancelled = await parse(
      sink.received.slice(beforeCancel).find((mail) => mail.to.includes(english.email))!.raw,
    );
    const files = cancelled.attachments.filter((attachment) => attachment.contentType === "text/calendar");
    expect(files).toHaveLength(1);
    const third = calendar(files[0]!.content);
    expect(third.getFirstPropertyValue("method")).toBe("CANCEL");
    const removed = third.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(removed.map((event) => event.uid).sort()).toEqual(
      [uid(second, "Day 1").uid, uid(second, "Study visit").uid].sort(),
    );
    for (const event of removed) {
      expect(event.sequence).toBeGreaterThan(uid(second, "Day 1").sequence);
      expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
      expect(String(event.organizer)).toContain("mailto:");
    }
  });
});
