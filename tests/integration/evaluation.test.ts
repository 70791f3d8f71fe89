// The evaluation after the meeting: sent to those checked in, answered once through a link of
// their own, stored with nothing that leads back to the person, summed up per theme.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkInAttendee } from "@/lib/check-in/check-in-attendee";
import { answerEvaluation, getEvaluationForm } from "@/lib/evaluations/answer-evaluation";
import { getEvaluationSummary } from "@/lib/evaluations/get-evaluation-summary";
import { sendEvaluation } from "@/lib/evaluations/send-evaluation";
import { buildExport } from "@/lib/exports/build-export";
import { writeExport } from "@/lib/exports/write-export";
import { renderOutboxEmail } from "@/lib/mail/render-outbox-email";
import { createRegistration } from "@/lib/registrations/create-registration";
import { OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let staff: { userId: string; email: string };
let viewer: { userId: string; email: string };
const people: string[] = [];
const DURING = new Date("2027-04-26T12:00:00Z");

async function tokenOf(recipient: string) {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { template: "evaluation", recipient } });
  const rendered = await renderOutboxEmail(mail);
  return { rendered, token: /\/evaluations\/([A-Za-z0-9_-]{43})/.exec(rendered.text)![1]! };
}

beforeAll(async () => {
  meeting = await seededMeeting();
  staff = await staffMember(meeting.event.id, "staff@lulea.example.se", "staff");
  viewer = await staffMember(meeting.event.id, "viewer@lulea.example.se", "viewer");
  const { summary } = await createRegistration(
    registration(
      "",
      [
        delegate([meeting.activity("day-1").id], { name: "Eva Enkät", email: "eva.enkat@example.se" }),
        delegate([meeting.activity("day-1").id], { name: "Erik English", email: "erik.english@example.se" }),
        delegate([meeting.activity("day-1").id], { name: "Frida Frånvarande", email: "frida@example.se" }),
      ],
      { organisation: { kind: "observer", name: "Enkätbolaget" } },
    ),
    OPEN_NOW,
  );
  people.push(...summary.attendees.map((attendee) => attendee.id));
  await db.attendee.update({ where: { id: people[1] }, data: { locale: "en" } });
  for (const id of people.slice(0, 2))
    await checkInAttendee(staff, {
      slug: "lulea-2027",
      target: { attendeeId: id },
      scope: null,
      now: DURING,
    });
});

describe("the evaluation", () => {
  it("goes to those checked in, once each, in their language, from the start of the meeting", async () => {
    expect(await outcomeOf(sendEvaluation(staff, "lulea-2027", OPEN_NOW))).toBe("conflict");
    expect(await outcomeOf(sendEvaluation(viewer, "lulea-2027", DURING))).toBe("forbidden");
    expect(await sendEvaluation(staff, "lulea-2027", DURING)).toEqual({ sent: 2 });
    expect(await sendEvaluation(staff, "lulea-2027", DURING)).toEqual({ sent: 0 });
    expect(
      await db.outboxEmail.count({ where: { template: "evaluation", recipient: "frida@example.se" } }),
    ).toBe(0);
    const { rendered } = await tokenOf("erik.english@example.se");
    expect(rendered.subject).toBe("What did you think of Network meeting and annual meeting in Luleå?");
  });

  it("is answered once, and the answer holds nothing that leads to its author", async () => {
    const { token } = await tokenOf("eva.enkat@example.se");
    const form = await getEvaluationForm(token, "198.51.100.7");
    expect(form.used).toBe(false);
    expect(form.themes.length).toBeGreaterThan(0);
    const ratings = form.themes.map((_, index) => (index === 0 ? 5 : null));
    expect(await outcomeOf(answerEvaluation(token, "198.51.100.7", { ratings: [], comment: "" }))).toBe(
      "invalid",
    );
    expect(
      await outcomeOf(
        answerEvaluation(token, "198.51.100.7", { ratings: form.themes.map(() => null), comment: "" }),
      ),
    ).toBe("evaluationEmpty");
    await answerEvaluation(token, "198.51.100.7", { ratings, comment: "Bra studiebesök" }, DURING);
    expect(await outcomeOf(answerEvaluation(token, "198.51.100.7", { ratings, comment: "igen" }))).toBe(
      "conflict",
    );
    expect((await getEvaluationForm(token, "198.51.100.7")).used).toBe(true);

    // The stored answer: ratings, text and the day, and no column that names a person or an invite.
    const [answer] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "EvaluationResponse"`;
    expect(Object.keys(answer!).sort()).toEqual(["comment", "eventId", "id", "ratings", "submittedOn"]);
    expect(JSON.stringify(answer)).not.toMatch(new RegExp(`${people.join("|")}|Eva|eva\\.enkat`));
    const invite = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "EvaluationInvite" WHERE used`;
    expect(Object.keys(invite[0]!).sort()).toEqual(["attendeeId", "eventId", "id", "tokenHash", "used"]);

    expect(await outcomeOf(getEvaluationForm("A".repeat(43), "198.51.100.7"))).toBe("not_found");
  });

  it("is summed up per theme for staff and downloads with every answer", async () => {
    const { token } = await tokenOf("erik.english@example.se");
    const form = await getEvaluationForm(token, "198.51.100.8");
    await answerEvaluation(token, "198.51.100.8", { ratings: form.themes.map(() => 3), comment: "" });
    const summary = await getEvaluationSummary(viewer, "lulea-2027");
    expect(summary).toMatchObject({ invites: 2, responses: 2, checkedIn: 2, comments: ["Bra studiebesök"] });
    expect(summary.themes[0]).toMatchObject({ counts: [0, 0, 1, 0, 1], answered: 2, average: 4 });
    expect(summary.themes[1]).toMatchObject({ counts: [0, 0, 1, 0, 0], answered: 1, average: 3 });

    const table = await buildExport(viewer, {
      slug: "lulea-2027",
      kind: "evaluation",
      format: "xlsx",
      locale: "sv",
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await new Response(await writeExport(table, "xlsx")).arrayBuffer()) as unknown as ArrayBuffer,
    );
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    expect(rows).toHaveLength(3);
    expect(rows[0]!.at(-1)).toBe("Kommentar");
  });
});
