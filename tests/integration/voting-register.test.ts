// The voting register from check-ins at the annual meeting; fixed versions never change afterwards.
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkInAttendee } from "@/lib/check-in/check-in-attendee";
import { buildExport } from "@/lib/exports/build-export";
import type { ExportFormat } from "@/lib/exports/export-table";
import { writeExport } from "@/lib/exports/write-export";
import { createRegistration } from "@/lib/registrations/create-registration";
import { fixVotingRegister } from "@/lib/voting-register/fix-voting-register";
import { getVotingRegister } from "@/lib/voting-register/get-voting-register";
import { OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";
import { outcomeOf, staffMember } from "./staff-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let staff: { userId: string; email: string };
let viewer: { userId: string; email: string };
const delegates: Record<string, string> = {};

const user = (email: string, role: "viewer" | "staff") => staffMember(meeting.event.id, email, role);
const issueOf = outcomeOf;

async function bytes(format: ExportFormat, version?: number) {
  const table = await buildExport(viewer, {
    slug: "lulea-2027",
    kind: "voting-register",
    format,
    locale: "sv",
    version,
  });
  return Buffer.from(await new Response(await writeExport(table, format)).arrayBuffer());
}

const checkInAtMeeting = (name: string) =>
  checkInAttendee(staff, {
    slug: "lulea-2027",
    target: { attendeeId: delegates[name]! },
    scope: "annual-meeting",
  });

beforeAll(async () => {
  meeting = await seededMeeting();
  const { activity, members } = meeting;
  const byName = (name: string) => members.find((member) => member.name === name)!;
  for (const [organisation, name] of [
    ["Luleå kommun", "Åsa Öberg"],
    ["Borlänge kommun", "Björn Borg"],
    ["Östhammars kommun", "Östen Ödman"],
  ] as const) {
    const result = await createRegistration(
      registration(byName(organisation).id, [
        delegate([activity("annual-meeting").id], { name, isVotingDelegate: true }),
      ]),
      OPEN_NOW,
    );
    delegates[name] = result.summary.attendees[0]!.id;
  }
  staff = await user("staff@lulea.example.se", "staff");
  viewer = await user("viewer@lulea.example.se", "viewer");
});

describe("voting register", () => {
  it("cannot be fixed before any voting delegate is checked in", async () => {
    expect(await issueOf(fixVotingRegister(staff, { slug: "lulea-2027" }))).toBe("registerEmpty");
  });

  it("follows check-ins at the annual meeting, not at the entrance", async () => {
    await checkInAttendee(staff, {
      slug: "lulea-2027",
      target: { attendeeId: delegates["Björn Borg"]! },
      scope: null,
    });
    await checkInAtMeeting("Åsa Öberg");
    await checkInAtMeeting("Östen Ödman");
    const { live } = await getVotingRegister(viewer, "lulea-2027");
    const present = live.filter((row) => row.checkedInAt).map((row) => row.delegate);
    expect(present).toEqual(["Åsa Öberg", "Östen Ödman"]);
    expect(live.find((row) => row.delegate === "Björn Borg")!.checkedInAt).toBeNull();
  });

  it("a fixed version stays as it was when more delegates check in; a new one needs a reason", async () => {
    expect(await issueOf(fixVotingRegister(viewer, { slug: "lulea-2027" }))).toBe("forbidden");
    expect(await fixVotingRegister(staff, { slug: "lulea-2027" })).toEqual({ version: 1 });

    await checkInAtMeeting("Björn Borg");
    expect(await issueOf(fixVotingRegister(staff, { slug: "lulea-2027", reason: "  " }))).toBe(
      "reasonRequired",
    );
    expect(
      await fixVotingRegister(staff, { slug: "lulea-2027", reason: "Borlänges ombud kom efter upprop" }),
    ).toEqual({ version: 2 });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes("xlsx", 1)) as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) =>
      rows.push(Array.from((row.values as unknown[]).slice(1), (value) => String(value ?? ""))),
    );
    expect(rows.map((row) => [...row.slice(0, 4), row[5] ?? ""])).toEqual([
      ["Organisation", "Röstar", "Som", "Röster", "Fullmakt"],
      ["Luleå kommun", "Åsa Öberg", "Ombud", "1", "Saknas"],
      ["Östhammars kommun", "Östen Ödman", "Ombud", "1", "Saknas"],
      ["Totalt", "", "", "2", ""],
    ]);

    const parser = new PDFParse({ data: new Uint8Array(await bytes("pdf", 2)) });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text).toContain("version 2, fastställd");
    expect(text).toContain("Björn Borg");
    expect(text).toContain("Östen Ödman");

    const { versions } = await getVotingRegister(viewer, "lulea-2027");
    expect(versions.map((version) => [version.version, version.totalVotes, version.reason])).toEqual([
      [2, 3, "Borlänges ombud kom efter upprop"],
      [1, 2, null],
    ]);
    expect(await db.auditEntry.count({ where: { action: "voting-register.fixed" } })).toBe(2);
  });

  it("an unknown version is not found", async () => {
    expect(await issueOf(bytes("xlsx", 99))).toBe("not_found");
  });
});
