// Every export read back with a real parser: exceljs for XLSX, csv-parse for CSV, pdf-parse for PDF.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sql } from "kysely";
import { kysely, pool, streamRows } from "@/lib/sql";
import { AppError } from "@/lib/errors";
import { buildExport } from "@/lib/exports/build-export";
import type { ExportFormat } from "@/lib/exports/export-table";
import { writeExport } from "@/lib/exports/write-export";
import { createRegistration } from "@/lib/registrations/create-registration";
import { HYBRIT_ANSWERS, OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";

let meeting: Awaited<ReturnType<typeof seededMeeting>>;
let viewer: { userId: string; email: string };
let admin: { userId: string; email: string };

beforeAll(async () => {
  meeting = await seededMeeting();
  const { activity, members } = meeting;
  const hybrit = activity("hybrit");
  const luleå = members.find((member) => member.name === "Luleå kommun")!;
  await createRegistration(
    registration(luleå.id, [
      delegate([activity("day-1").id, hybrit.id, activity("dinner").id, activity("annual-meeting").id], {
        name: "Åsa Öberg",
        isVotingDelegate: true,
        dietChoices: ["vegetarian"],
        allergies: "Jordnötter",
        answers: { [hybrit.id]: HYBRIT_ANSWERS },
      }),
      delegate([activity("dinner").id], { name: "Örjan Ängström" }),
    ]),
    OPEN_NOW,
  );
  const user = await db.user.create({ data: { email: "viewer@lulea.example.se" } });
  await db.eventRole.create({ data: { eventId: meeting.event.id, userId: user.id, role: "viewer" } });
  viewer = { userId: user.id, email: user.email };
  const adminUser = await db.user.create({ data: { email: "admin@lulea.example.se" } });
  await db.eventRole.create({ data: { eventId: meeting.event.id, userId: adminUser.id, role: "admin" } });
  admin = { userId: adminUser.id, email: adminUser.email };
});

async function bytes(
  format: ExportFormat,
  kind: Parameters<typeof buildExport>[1]["kind"],
  locale: "sv" | "en" = "sv",
  activityKey?: string,
) {
  // The visitor list holds the site's personal details and is for administrators only.
  const table = await buildExport(kind === "visitors" ? admin : viewer, {
    slug: "lulea-2027",
    kind,
    format,
    locale,
    activityKey,
  });
  const chunks: Uint8Array[] = [];
  const reader = (await writeExport(table, format)).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function sheetRows(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ""))),
  );
  return rows;
}

describe("exports", () => {
  it("participants as XLSX opens with Swedish headers and characters intact", async () => {
    const rows = await sheetRows(await bytes("xlsx", "participants"));
    expect(rows[0]!.slice(0, 5)).toEqual(["Namn", "E-post", "Titel", "Telefon", "Organisation"]);
    const asa = rows.find((row) => row[0] === "Åsa Öberg")!;
    expect(asa).toContain("Luleå kommun");
    expect(asa).toContain("Vegetarisk");
    expect(asa).toContain("Jordnötter");
    expect(rows).toHaveLength(3);
  });

  it("participants as CSV has a BOM and semicolons, and English headers on request", async () => {
    const buffer = await bytes("csv", "participants", "en");
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(buffer.toString("utf8"), { bom: true, delimiter: ";", columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(records[0]!).slice(0, 2)).toEqual(["Name", "E-mail"]);
    expect(records.map((record) => record.Name).sort()).toEqual(["Åsa Öberg", "Örjan Ängström"]);
  });

  it("the HYBRIT visitor list carries the details the site asked for", async () => {
    const rows = await sheetRows(await bytes("xlsx", "visitors", "sv", "hybrit"));
    expect(rows[0]).toEqual([
      "Namn",
      "Organisation",
      "E-post",
      "Telefon",
      "Plats",
      "Födelsedatum",
      "Medborgarskap",
      "Skostorlek (för skyddsskor)",
    ]);
    expect(rows[1]).toEqual(
      expect.arrayContaining(["Åsa Öberg", "Bekräftad", HYBRIT_ANSWERS.dateOfBirth, HYBRIT_ANSWERS.shoeSize]),
    );
  });

  it("the catering list has one row per guest and meal", async () => {
    const rows = await sheetRows(await bytes("xlsx", "catering"));
    const dinner = rows.filter((row) => row[0] === "Nätverksmiddag");
    expect(dinner.map((row) => row[1]).sort()).toEqual(["Åsa Öberg", "Örjan Ängström"]);
  });

  it("the voting register lists every member with its delegate and votes, as XLSX and PDF", async () => {
    const rows = await sheetRows(await bytes("xlsx", "voting-register"));
    expect(rows[0]).toEqual(["Organisation", "Röstar", "Som", "Röster", "Incheckad på årsmötet", "Fullmakt"]);
    expect(rows).toHaveLength(25);
    // Not checked in yet: the check-in cell is empty; the mandate is missing.
    expect(
      Array.from(
        rows.find((row) => row[0] === "Luleå kommun")!,
        (cell) => cell ?? "",
      ),
    ).toEqual(["Luleå kommun", "Åsa Öberg", "Ombud", "1", "", "Saknas"]);

    const parser = new PDFParse({ data: new Uint8Array(await bytes("pdf", "voting-register")) });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text).toContain("Röstlängd");
    expect(text).toContain("Åsa Öberg");
    expect(text).toContain("Östhammars kommun");
  });

  it("keeps the visitor list from viewers", async () => {
    await expect(
      buildExport(viewer, {
        slug: "lulea-2027",
        kind: "visitors",
        format: "csv",
        locale: "sv",
        activityKey: "hybrit",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("is for staff only, and every export is in the audit log", async () => {
    await expect(
      buildExport(null, { slug: "lulea-2027", kind: "participants", format: "csv", locale: "sv" }),
    ).rejects.toBeInstanceOf(AppError);
    const entries = await db.auditEntry.findMany({
      where: { actorId: viewer.userId, action: { startsWith: "export." } },
    });
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(entries.map((entry) => entry.action)).toContain("export.voting-register");
    const participants = entries.find((entry) => entry.action === "export.participants");
    expect(participants?.changes).toMatchObject({ rows: 2 });
  });

  it("reads the participant list through a cursor and frees its connection, even when the download stops early", async () => {
    for (const format of ["xlsx", "csv", "pdf"] as const) {
      const table = await buildExport(viewer, {
        slug: "lulea-2027",
        kind: "participants",
        format,
        locale: "sv",
      });
      expect(Array.isArray(table.rows)).toBe(false);
      const reader = (await writeExport(table, format)).getReader();
      await reader.read();
      await reader.cancel();
    }
    // A long table stops being read when its download is cancelled.
    for (const format of ["xlsx", "csv", "pdf"] as const) {
      let read = 0;
      let closed = false;
      const rows = (async function* () {
        try {
          for (; read < 1_000_000; read++) yield [`Namn ${read}`, read];
        } finally {
          closed = true;
        }
      })();
      const reader = (
        await writeExport(
          {
            title: "Lång",
            meeting: "Provträff",
            sheetName: "Lång",
            printedAt: new Date(),
            locale: "sv",
            fileName: "lang",
            columns: ["Namn", "Nr"],
            rows,
            rowCount: 1e6,
          },
          format,
        )
      ).getReader();
      await reader.read();
      await reader.cancel();
      await expect.poll(() => closed, { timeout: 10_000 }).toBe(true);
      expect(read).toBeLessThan(1_000_000);
    }
    // A cursor left early gives its connection back.
    const series = kysely.selectNoFrom(sql<number>`generate_series(1, 100000)`.as("n"));
    for await (const row of streamRows(series, 100)) {
      expect(row.n).toBe(1);
      break;
    }
    // Every connection the cursors took is back in the pool.
    await expect.poll(() => pool.totalCount - pool.idleCount, { timeout: 5000 }).toBe(0);
    expect((await pool.query("SELECT 1 AS ok")).rows).toEqual([{ ok: 1 }]);
  });
});

describe("CSV injection", () => {
  it("no CSV cell starts a formula, whatever a person typed", async () => {
    const { activity } = meeting;
    const formulas = ['=HYPERLINK("http://evil")', "+SUM(1)", "-1+2", "@cmd", "\tTAB", "\rCR"];
    await createRegistration(
      registration(meeting.members[2]!.id, [
        delegate([activity("dinner").id], {
          name: formulas[0]!,
          title: formulas[1]!,
          allergies: formulas[3]!,
          dietOther: formulas[2]!,
        }),
      ]),
      OPEN_NOW,
    ).catch(() => null);
    for (const kind of ["participants", "catering", "organisations"] as const) {
      const text = (await bytes("csv", kind)).toString("utf8");
      const records = parse(text, { bom: true, delimiter: ";", relax_column_count: true }) as string[][];
      for (const cell of records.flat()) expect(cell, `${kind}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const participants = parse((await bytes("csv", "participants")).toString("utf8"), {
      bom: true,
      delimiter: ";",
    }) as string[][];
    expect(participants.flat()).toContain(`'${formulas[0]}`);
    // In XLSX the same text is a string cell, never a formula (exceljs would read one as an object).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes("xlsx", "participants")) as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const typed = cells.find((cell) => cell.value === formulas[0]);
    expect(typed?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    // In the PDF it is printed text.
    const pdf = await new PDFParse({ data: new Uint8Array(await bytes("pdf", "participants")) }).getText();
    expect(pdf.text.replace(/\s+/g, "")).toContain('=HYPERLINK("http://evil")');
  });
});

describe("lists as people print and filter them", () => {
  it("every PDF names the meeting and the list, when it was printed, and numbers its pages", async () => {
    for (const kind of [
      "participants",
      "catering",
      "organisations",
      "voting-register",
      "entrance-list",
      "evaluation",
    ] as const) {
      const parser = new PDFParse({ data: new Uint8Array(await bytes("pdf", kind)) });
      const { text, pages } = await parser.getText();
      expect(pages.length, kind).toBeGreaterThanOrEqual(1);
      for (const [index, page] of pages.entries()) {
        expect(page.text, `${kind} page ${index + 1}`).toContain("Nätverksträff med årsmöte i Luleå");
        expect(page.text).toMatch(/Utskriven \d{1,2} \w+ \d{4} kl\. \d{2}:\d{2}/);
        expect(page.text).toContain(`Sida ${index + 1}`);
      }
      expect(text.length).toBeGreaterThan(0);
    }
  });

  it("a PDF of many rows repeats the column headers and numbers every page", async () => {
    const rows = Array.from({ length: 120 }, (_, index) => [`Person ${index}`, `Kommun ${index}`, "Titel"]);
    const chunks: Uint8Array[] = [];
    const reader = (
      await writeExport(
        {
          title: "Provlista",
          meeting: "Provträff",
          sheetName: "Prov",
          printedAt: new Date("2027-04-25T08:00:00Z"),
          locale: "sv",
          fileName: "prov",
          columns: ["Namn", "Organisation", "Titel"],
          rows,
        },
        "pdf",
      )
    ).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    const { pages } = await new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) }).getText();
    expect(pages.length).toBeGreaterThan(1);
    for (const [index, page] of pages.entries()) {
      expect(page.text).toContain("Provträff");
      expect(page.text).toContain("Utskriven 25 april 2027 kl. 10:00");
      expect(page.text).toContain(`Sida ${index + 1}`);
      expect(page.text).toMatch(/Namn\s+Organisation\s+Titel/);
    }
  });

  it("XLSX files have named sheets, column widths, a frozen header row and filters", async () => {
    const expected = new Map([
      ["participants", "Deltagare"],
      ["catering", "Mat och specialkost"],
      ["organisations", "Organisationer"],
      ["voting-register", "Röstlängd"],
      ["entrance-list", "Deltagarlista"],
      ["visitors", "Besökare"],
      ["evaluation", "Utvärdering"],
    ] as const);
    for (const [kind, name] of expected) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await bytes(
          "xlsx",
          kind,
          "sv",
          kind === "visitors" ? "hybrit" : undefined,
        )) as unknown as ArrayBuffer,
      );
      const sheet = workbook.worksheets[0]!;
      expect(sheet.name, kind).toBe(name);
      expect(sheet.views[0], kind).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter, kind).toBeTruthy();
      const widths = sheet.columns.map((column) => column.width ?? 0);
      expect(Math.min(...widths), kind).toBeGreaterThanOrEqual(10);
      expect(new Set(widths).size > 1 || widths.length === 1 || kind === "entrance-list", kind).toBe(true);
    }
  });

  it("the catering list has totals per meal and diet, on their own sheet and atop the PDF", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes("xlsx", "catering")) as unknown as ArrayBuffer);
    const totals = workbook.getWorksheet("Summering")!;
    const rows: unknown[][] = [];
    totals.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(["Måltid", "Kost", "Antal"]);
    // The dinner's guests as the list itself has them, counted per diet.
    const list = await sheetRows(await bytes("xlsx", "catering"));
    const dinner = list.filter((row) => row[0] === "Nätverksmiddag");
    expect(rows).toContainEqual(["Nätverksmiddag", "Alla gäster", dinner.length]);
    expect(rows).toContainEqual([
      "Nätverksmiddag",
      "Vegetarisk",
      dinner.filter((row) => (row[3] ?? "").includes("Vegetarisk")).length,
    ]);
    expect(rows).toContainEqual(["Nätverksmiddag", "Allergier", dinner.filter((row) => row[5]).length]);
    const { text } = await new PDFParse({ data: new Uint8Array(await bytes("pdf", "catering")) }).getText();
    expect(text).toContain("Summering per måltid och kost");
  });

  it("the voting register comes as CSV too, with every member", async () => {
    const records = parse((await bytes("csv", "voting-register")).toString("utf8"), {
      bom: true,
      delimiter: ";",
      columns: true,
    }) as Record<string, string>[];
    expect(records.find((record) => record.Organisation === "Luleå kommun")).toMatchObject({
      Röstar: "Åsa Öberg",
      Som: "Ombud",
      Fullmakt: "Saknas",
    });
  });
});
