import "server-only";
import { once } from "node:events";
import { PassThrough, Readable, type Writable } from "node:stream";
import { stringify } from "csv-stringify";
import { registerFonts } from "@/lib/pdf/fonts";
import type { ExportFormat, ExportRow, ExportTable } from "./export-table";

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

/**
 * XLSX with exceljs's streaming writer. Rows are handed over as they are read, but exceljs 4.4
 * keeps a worksheet's XML until the sheet is committed (exceljs#2916; README, Performance), so
 * this file's memory still grows with the list; CSV and PDF stream all the way.
 */
async function xlsx(table: ExportTable): Promise<Readable> {
  const { default: ExcelJS } = await import("exceljs");
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, " "), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = table.columns.map((header) => ({
    header,
    width: Math.min(40, Math.max(12, header.length + 4)),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  queueMicrotask(async () => {
    try {
      await pump(table.rows, out, (row) => sheet.addRow(row).commit());
      if (out.destroyed) return;
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  });
  return out;
}

/** A printable PDF list, in a font that has every letter a name may need. */
async function pdf(table: ExportTable): Promise<Readable> {
  const { default: PDFDocument } = await import("pdfkit");
  const document = new PDFDocument({
    size: "A4",
    layout: table.columns.length > 4 ? "landscape" : "portrait",
    margin: 40,
  });
  registerFonts(document);
  const out = document as unknown as Readable;
  queueMicrotask(async () => {
    document.font("bold").fontSize(16).text(table.title);
    document.moveDown();
    const width = document.page.width - 80;
    const columnWidth = width / table.columns.length;
    const line = (cells: (string | number)[], bold: boolean) => {
      const y = document.y;
      document.font(bold ? "bold" : "regular").fontSize(9);
      let height = 0;
      cells.forEach((cell, index) => {
        const text = String(cell);
        document.text(text, 40 + index * columnWidth, y, { width: columnWidth - 6 });
        height = Math.max(height, document.heightOfString(text, { width: columnWidth - 6 }));
      });
      document.y = y + height + 4;
      if (document.y > document.page.height - 60) document.addPage();
    };
    try {
      line(table.columns, true);
      await pump(table.rows, out, (row) => line(row, false));
      document.end();
    } catch (error) {
      out.destroy(error as Error);
    }
  });
  return out;
}

/**
 * The table as a web stream in the chosen format, for a route handler's Response. exceljs and
 * pdfkit are loaded when first asked for: each adds 25-28 MB to the server's memory, and an XLSX
 * download has no use for pdfkit (README, Performance: export memory).
 */
export async function writeExport(
  table: ExportTable,
  format: ExportFormat,
): Promise<ReadableStream<Uint8Array>> {
  const stream = format === "csv" ? csv(table) : format === "xlsx" ? await xlsx(table) : await pdf(table);
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}
