import "server-only";
import { once } from "node:events";
import { createRequire } from "node:module";
import path from "node:path";
import { PassThrough, Readable, type Writable } from "node:stream";
import { stringify } from "csv-stringify";
import { registerFonts } from "@/lib/pdf/fonts";
import type { ExportFormat, ExportRow, ExportTable } from "./export-table";
import type { WorkbookWriter as ExcelWorkbookWriter } from "@cj-tech-master/excelts";

/**
 * Hands each row to `write`, pausing while `out` has more buffered than it wants (the reader is
 * slower than the database) and stopping when `out` is gone (the download was cancelled): leaving
 * the loop early closes a streamed table's cursor and frees its connection.
 */
async function pump(rows: ExportTable["rows"], out: Writable | Readable, write: (row: ExportRow) => void) {
  let written = 0;
  for await (const row of rows) {
    if (out.destroyed) return;
    write(row);
    if (++written % 500 === 0) {
      // Let the output drain now and then, instead of holding the whole file until the last row.
      await new Promise((resolve) => setImmediate(resolve));
      if ("writableNeedDrain" in out && out.writableNeedDrain)
        await Promise.race([once(out, "drain"), once(out, "close")]);
    }
  }
}

// A cell beginning with one of these is a formula to Excel, LibreOffice and Google Sheets (OWASP
// "CSV injection"), whitespace and full-width forms included.
const FORMULA_START = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/** A text cell that a spreadsheet shows as text: a leading apostrophe stops a formula. */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * CSV as Swedish Excel opens it: UTF-8 with a byte-order mark (or å, ä, ö break) and semicolons
 * (Excel in Swedish uses the comma as decimal separator).
 */
function csv(table: ExportTable): Readable {
  const out = stringify({
    delimiter: ";",
    bom: true,
    header: true,
    columns: table.columns,
    record_delimiter: "windows",
    // Every text cell, whatever its column: names, titles, diets and organisations are typed by
    // the public. Numbers are written as numbers and stay numbers.
    cast: { string: inertCell },
  });
  queueMicrotask(async () => {
    try {
      await pump(table.rows, out, (row) => out.write(row));
      out.end();
    } catch (error) {
      out.destroy(error as Error);
    }
  });
  return out;
}

/** Column widths in characters: the list's own, or its headers' with room to spare. */
function widthsOf(table: Pick<ExportTable, "columns" | "widths">): number[] {
  return table.columns.map((header, index) =>
    Math.min(60, Math.max(10, table.widths?.[index] ?? header.length + 4, header.length + 2)),
  );
}

/**
 * ExcelTS's streaming writer alone. The package's entry loads every module it has (Word, PDF,
 * charts, formulas...), 75 MB of server memory against 25 MB for the writer (docs/performance.md:
 * export memory); the version is pinned, and the export tests read every XLSX back.
 */
function loadWorkbookWriter(): typeof ExcelWorkbookWriter {
  const load = createRequire(import.meta.url);
  const root = path.dirname(load.resolve(/* turbopackIgnore: true */ "@cj-tech-master/excelts/package.json"));
  const writer = load(
    /* turbopackIgnore: true */ path.join(root, "dist/cjs/modules/excel/stream/workbook-writer.js"),
  ) as {
    WorkbookWriter: typeof ExcelWorkbookWriter;
  };
  return writer.WorkbookWriter;
}

/**
 * XLSX with ExcelTS's streaming writer: a named sheet with column widths, a frozen header row and
 * filters, and the totals (when the list has them) on a sheet of their own. `trueStreaming`
 * deflates each committed row into the zip as it comes, so memory stays flat in the number of
 * rows (docs/performance.md: export memory).
 */
async function xlsx(table: ExportTable): Promise<Readable> {
  const WorkbookWriter = loadWorkbookWriter();
  const out = new PassThrough();
  const workbook = new WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    trueStreaming: true,
    created: table.printedAt,
  });
  // The document title (docProps/core.xml) is read from the writer, though its type omits it.
  Object.assign(workbook, { title: `${table.meeting}: ${table.title}` });
  const sheet = workbook.addWorksheet(sheetName(table.sheetName), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const widths = widthsOf(table);
  sheet.columns = table.columns.map((header, index) => ({ header, width: widths[index] }));
  sheet.autoFilter = { from: { row: 1, col: 1 }, to: { row: 1, col: table.columns.length } };
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  queueMicrotask(async () => {
    try {
      await pump(table.rows, out, (row) => sheet.addRow(row).commit());
      if (out.destroyed) return;
      sheet.commit();
      if (table.totals) {
        const totals = workbook.addWorksheet(sheetName(table.totals.sheetName ?? table.totals.title), {
          views: [{ state: "frozen", ySplit: 1 }],
        });
        const totalWidths = widthsOf({ columns: table.totals.columns, widths: [28, 28, 10] });
        totals.columns = table.totals.columns.map((header, index) => ({ header, width: totalWidths[index] }));
        totals.getRow(1).font = { bold: true };
        totals.getRow(1).commit();
        for (const row of table.totals.rows) totals.addRow(row).commit();
        totals.commit();
      }
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  });
  return out;
}

/** A sheet name Excel accepts as it is: at most 31 characters, none of \ / ? * [ ] :. */
function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
}

const MARGIN = 40;
const HEADER_HEIGHT = 46;
const FOOTER_HEIGHT = 24;

/**
 * A printable PDF list, in a font that has every letter a name may need. Every page says which
 * meeting and list it is, when it was printed and its number, and repeats the column headers.
 */
async function pdf(table: ExportTable): Promise<Readable> {
  const [{ default: PDFDocument }, { createTranslator }, { messagesFor }, { formats }, { TIME_ZONE }] =
    await Promise.all([
      import("pdfkit"),
      import("next-intl"),
      import("@/lib/i18n/messages"),
      import("@/lib/i18n/formats"),
      import("@/lib/i18n/routing"),
    ]);
  const t = createTranslator({
    locale: table.locale,
    messages: messagesFor(table.locale),
    namespace: "exports",
    formats,
    timeZone: TIME_ZONE,
  });
  const shown = table.printColumns ?? table.columns.map((_, index) => index);
  const widths = widthsOf(table);
  const weights = shown.map((index) => widths[index]!);
  const document = new PDFDocument({
    size: "A4",
    layout: shown.length > 4 ? "landscape" : "portrait",
    margins: { top: MARGIN + HEADER_HEIGHT, bottom: MARGIN + FOOTER_HEIGHT, left: MARGIN, right: MARGIN },
    info: { Title: `${table.meeting}: ${table.title}` },
  });
  registerFonts(document);
  const out = document as unknown as Readable;
  const usable = () => document.page.width - 2 * MARGIN;
  const columnX = () => {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let x = MARGIN;
    return weights.map((weight) => {
      const width = (usable() * weight) / total;
      const column = { x, width };
      x += width;
      return column;
    });
  };
  let page = 0;
  let header: string[] | null = null;
  const line = (cells: (string | number)[], bold: boolean) => {
    const columns = columnX();
    document.font(bold ? "bold" : "regular").fontSize(9);
    const height = Math.max(
      ...cells.map((cell, index) =>
        document.heightOfString(String(cell), { width: columns[index]!.width - 6 }),
      ),
    );
    if (document.y + height > document.page.height - document.page.margins.bottom) {
      document.addPage();
      if (header && !bold) line(header, true);
      document.font(bold ? "bold" : "regular").fontSize(9);
    }
    const y = document.y;
    cells.forEach((cell, index) =>
      document.text(String(cell), columns[index]!.x, y, {
        width: columns[index]!.width - 6,
        lineBreak: true,
      }),
    );
    document.x = MARGIN;
    document.y = y + height + 4;
  };
  // The running head and foot, drawn on every page as it is added.
  document.on("pageAdded", () => {
    page += 1;
    const { y } = document;
    const width = usable();
    document.font("bold").fontSize(12).text(table.meeting, MARGIN, MARGIN, { width, lineBreak: false });
    document
      .font("regular")
      .fontSize(10)
      .text(table.title, MARGIN, MARGIN + 16, { width, lineBreak: false });
    document
      .fontSize(8)
      .text(t("printed", { at: table.printedAt }), MARGIN, MARGIN + 30, { width, lineBreak: false });
    // The foot lies in the bottom margin, where pdfkit would otherwise break to a new page.
    const { bottom } = document.page.margins;
    document.page.margins.bottom = 0;
    document.text(t("page", { page }), MARGIN, document.page.height - MARGIN - 10, {
      width,
      align: "right",
      lineBreak: false,
    });
    document.page.margins.bottom = bottom;
    document.x = MARGIN;
    document.y = Math.max(y, document.page.margins.top);
  });
  document.emit("pageAdded");
  queueMicrotask(async () => {
    try {
      if (table.totals) {
        document.font("bold").fontSize(11).text(table.totals.title, MARGIN, document.y);
        document.moveDown(0.3);
        for (const row of [table.totals.columns, ...table.totals.rows]) {
          document.font(row === table.totals.columns ? "bold" : "regular").fontSize(9);
          document.text(row.join("   ·   "), MARGIN);
        }
        document.moveDown();
      }
      header = shown.map((index) => table.columns[index]!);
      line(header, true);
      await pump(table.rows, out, (row) =>
        line(
          shown.map((index) => row[index] ?? ""),
          false,
        ),
      );
      document.end();
    } catch (error) {
      out.destroy(error as Error);
    }
  });
  return out;
}

/**
 * The table as a web stream in the chosen format, for a route handler's Response. ExcelTS and
 * pdfkit are loaded when first asked for: each adds 25-28 MB to the server's memory, and an XLSX
 * download has no use for pdfkit (docs/performance.md: export memory).
 */
export async function writeExport(
  table: ExportTable,
  format: ExportFormat,
): Promise<ReadableStream<Uint8Array>> {
  const stream = format === "csv" ? csv(table) : format === "xlsx" ? await xlsx(table) : await pdf(table);
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}
