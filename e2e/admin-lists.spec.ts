// Every list staff can download, fetched as a signed-in viewer (the visitor list, with its
// personal details, as an administrator) and read back with real parsers.
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { PDFParse } from "pdf-parse";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { ADMIN_STATE, VIEWER_STATE } from "./support/admin";
import { registerViaApi } from "./support/api";

test.use({ storageState: VIEWER_STATE });

const base = "/api/admin/events/lulea-2027/exports";

test("every list downloads and reads back: XLSX, CSV with BOM and semicolons, and PDF text", async ({
  request: viewer,
  baseURL,
}) => {
  const admin = await playwrightRequest.newContext({ baseURL, storageState: ADMIN_STATE });
  // Short enough to stay on one line of a PDF column, so the extracted text holds it whole.
  const name = `Listprov Åsa ${Date.now().toString(36)}`;
  await registerViaApi(viewer, name, ["day-1", "dinner"]);
  expect((await viewer.get(`${base}/visitors?format=xlsx&activity=hybrit`)).status()).toBe(403);

  for (const kind of ["participants", "catering", "organisations", "voting-register", "visitors"]) {
    const activity = kind === "visitors" ? "&activity=hybrit" : "";
    const request = kind === "visitors" ? admin : viewer;
    const xlsx = await request.get(`${base}/${kind}?format=xlsx${activity}`);
    expect(xlsx.status(), kind).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount, kind).toBeGreaterThanOrEqual(1);

    const csv = await request.get(`${base}/${kind}?format=csv&locale=en${activity}`);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes.toString("utf8"), { bom: true, delimiter: ";", columns: true }) as Record<
      string,
      string
    >[];
    if (kind === "participants") expect(records.map((record) => record.Name)).toContain(name);

    const pdf = await request.get(`${base}/${kind}?format=pdf${activity}`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const parser = new PDFParse({ data: new Uint8Array(await pdf.body()) });
    const { text } = await parser.getText();
    await parser.destroy();
    if (kind === "catering") expect(text).toContain(name);
    if (kind === "voting-register") expect(text).toContain("Röstlängd");
  }
  await admin.dispose();
});
