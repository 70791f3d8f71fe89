// The member register imported from a CSV or XLSX file: a preview with an error per row first,
// then the rows without errors imported in one go; nothing is written before that.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyRegisterImport } from "@/lib/organisations/apply-register-import";
import { getRegisterImport } from "@/lib/organisations/get-register-import";
import { startRegisterImport } from "@/lib/organisations/start-register-import";
import { seededMeeting } from "./registration-fixtures";
import { errorCodeOf, outcomeOf, staffMember } from "./staff-fixtures";

let secretariat: { userId: string; email: string };
let hostAdmin: { userId: string; email: string };

beforeAll(async () => {
  const meeting = await seededMeeting();
  const user = await db.user.create({
    data: { email: "import@industrikommuner.example.se", associationRole: "admin" },
  });
  secretariat = { userId: user.id, email: user.email };
  hostAdmin = await staffMember(meeting.event.id, "import-host@lulea.example.se", "admin");
});

const CSV = [
  "Namn;Organisationsnummer;Typ;Röster;Domäner;Kontaktperson;E-post",
  "Luleå kommun;212000-2411;medlem;2;lulea.se;Lisa Lund;lisa.lund@lulea.se",
  "Provköpings kommun;;Medlem;1;provkoping.se;;",
  "Felbo kommun;212000-2412;medlem;1;;;",
  "Gästbolaget AB;;observatör;3;;;",
  "Trassel kommun;;kanske;;;Tove;inte-en-adress",
  "Provköpings kommun;;medlem;1;;;",
].join("\r\n");

describe("importing the register", () => {
  it("previews every row with what would happen or what is wrong, and writes nothing", async () => {
    const before = await db.organisation.count();
    expect(await errorCodeOf(startRegisterImport(hostAdmin, "register.csv", Buffer.from(CSV)))).toBe(
      "forbidden",
    );
    const { id } = await startRegisterImport(secretariat, "register.csv", Buffer.from(`\uFEFF${CSV}`));
    const preview = await getRegisterImport(secretariat, id);
    const byLine = new Map(preview.rows.map((row) => [row.line, row]));
    expect(byLine.get(2)).toMatchObject({ name: "Luleå kommun", action: "update", errors: [] });
    expect(byLine.get(3)).toMatchObject({ action: "add", errors: [] });
    expect(byLine.get(4)!.errors.map((issue) => issue.code)).toEqual(["orgNumber"]);
    expect(byLine.get(5)!.errors.map((issue) => issue.code)).toEqual(["observerVotes"]);
    expect(
      byLine
        .get(6)!
        .errors.map((issue) => issue.code)
        .sort(),
    ).toEqual(["email", "importKind"]);
    expect(byLine.get(7)!.errors.map((issue) => issue.code)).toEqual(["importDuplicate"]);
    expect(preview.ready).toBe(2);
    expect(await db.organisation.count()).toBe(before);
  });

  it("imports the rows without errors, with their contacts, audited", async () => {
    const { id } = await startRegisterImport(secretariat, "register.csv", Buffer.from(CSV));
    expect(await applyRegisterImport(secretariat, id)).toEqual({ added: 1, updated: 1, contacts: 1 });
    const lulea = await db.organisation.findUniqueOrThrow({
      where: { name: "Luleå kommun" },
      include: { contacts: true },
    });
    expect(lulea).toMatchObject({ orgNumber: "212000-2411", votes: 2, emailDomains: ["lulea.se"] });
    expect(lulea.contacts.map((contact) => contact.email)).toEqual(["lisa.lund@lulea.se"]);
    expect(await db.organisation.count({ where: { name: "Provköpings kommun" } })).toBe(1);
    expect(await db.organisation.count({ where: { name: "Felbo kommun" } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "organisation.imported" } })).toBe(1);
    // Once imported, the preview is gone.
    expect(await outcomeOf(applyRegisterImport(secretariat, id))).toBe("importGone");
    await db.organisation.update({ where: { id: lulea.id }, data: { votes: 1 } });
  });

  it("reads an Excel file the same way, and refuses what is neither CSV nor Excel", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Medlemmar");
    sheet.addRow(["Name", "Kind", "Votes"]);
    sheet.addRow(["Excelby kommun", "member", 1]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { id } = await startRegisterImport(secretariat, "register.xlsx", bytes);
    const preview = await getRegisterImport(secretariat, id);
    expect(preview.rows).toMatchObject([{ line: 2, name: "Excelby kommun", action: "add", errors: [] }]);
    expect(
      await outcomeOf(
        startRegisterImport(secretariat, "bild.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff])),
      ),
    ).toBe("importFileType");
    expect(await outcomeOf(startRegisterImport(secretariat, "tom.csv", Buffer.from("Namn\n")))).toBe(
      "importEmpty",
    );
    expect(await outcomeOf(startRegisterImport(secretariat, "fel.csv", Buffer.from("Kommun;X\nA;B\n")))).toBe(
      "ok",
    );
    expect(await outcomeOf(startRegisterImport(secretariat, "fel.csv", Buffer.from("Foo;Bar\nA;B\n")))).toBe(
      "importColumns",
    );
    // Another administrator does not see someone else's upload.
    const other = await db.user.create({
      data: { email: "annan@industrikommuner.example.se", associationRole: "admin" },
    });
    expect(await errorCodeOf(getRegisterImport({ userId: other.id, email: other.email }, id))).toBe(
      "not_found",
    );
  });
});
