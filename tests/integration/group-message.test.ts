import { beforeAll, describe, expect, it, vi } from "vitest";

// Hoisted above the imports, which read SMTP_URL when they load; the kernel picks a free port.
const port = await vi.hoisted(async () => {
  const { freePort } = await import("../setup/free-port");
  const chosen = await freePort();
  process.env.SMTP_URL = `smtp://127.0.0.1:${chosen}`;
  return chosen;
});

import { simpleParser } from "mailparser";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countGroupRecipients, getMailingProgress, sendGroupMessage } from "@/lib/admin/group-message";
import { drainOutbox } from "@/lib/mail/run-outbox-worker";
import { mailTransport } from "@/lib/mail/transport";
import { createRegistration } from "@/lib/registrations/create-registration";
import { SmtpSink } from "./helpers/smtp-sink";
import { HYBRIT_ANSWERS, OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let staff: { userId: string; email: string };
const sink = new SmtpSink(port);

beforeAll(async () => {
  meeting = await seededMeeting();
  const hybrit = meeting.activity("hybrit");
  await createRegistration(
    registration(meeting.members[0]!.id, [
      delegate([hybrit.id], { answers: { [hybrit.id]: HYBRIT_ANSWERS } }),
    ]),
    OPEN_NOW,
  );
  await createRegistration(
    registration(
      meeting.members[1]!.id,
      [delegate([hybrit.id], { answers: { [hybrit.id]: HYBRIT_ANSWERS } })],
      { locale: "en" },
    ),
    OPEN_NOW,
  );
  await createRegistration(
    registration(meeting.members[2]!.id, [delegate([meeting.activity("day-1").id])]),
    OPEN_NOW,
  );
  const user = await db.user.create({ data: { email: "staff@lulea.example.se" } });
  await db.eventRole.create({ data: { eventId: meeting.event.id, userId: user.id, role: "staff" } });
  staff = { userId: user.id, email: user.email };
  await sink.start();
  return () => sink.stop();
});

describe("messages to a group", () => {
  it("reach the chosen group in each person's language, once, with delivery followed", async () => {
    const hybrit = meeting.activity("hybrit").id;
    expect(await countGroupRecipients(staff, "lulea-2027", { activityId: hybrit })).toBe(2);
    const message = {
      activityId: hybrit,
      subjectSv: "Bussen går 08.00",
      bodySv: "Hej!\n\nBussen går från Kulturens hus.",
      subjectEn: "The bus leaves at 08:00",
      bodyEn: "Hello!\n\nThe bus leaves from Kulturens hus.",
    };
    const { mailingId, recipients } = await sendGroupMessage(staff, "lulea-2027", message);
    expect(recipients).toBe(2);
    // A double click with the same mailing id mails nobody twice.
    await sendGroupMessage(staff, "lulea-2027", message, mailingId);
    expect(await getMailingProgress(staff, "lulea-2027", mailingId)).toEqual({
      total: 2,
      sent: 0,
      failed: 0,
      waiting: 2,
    });

    const before = sink.received.length;
    await drainOutbox(mailTransport()!);
    expect(await getMailingProgress(staff, "lulea-2027", mailingId)).toEqual({
      total: 2,
      sent: 2,
      failed: 0,
      waiting: 0,
    });
    const subjects = await Promise.all(
      sink.received.slice(before).map(async (mail) => (await simpleParser(mail.raw)).subject),
    );
    expect(
      subjects
        .filter((subject) => subject === "Bussen går 08.00" || subject === "The bus leaves at 08:00")
        .sort(),
    ).toEqual(["Bussen går 08.00", "The bus leaves at 08:00"]);
  });

  it("is for staff and admins", async () => {
    const viewer = await db.user.create({ data: { email: "viewer@lulea.example.se" } });
    await db.eventRole.create({ data: { eventId: meeting.event.id, userId: viewer.id, role: "viewer" } });
    await expect(
      countGroupRecipients({ userId: viewer.id, email: viewer.email }, "lulea-2027", {}),
    ).rejects.toBeInstanceOf(AppError);
  });
});
