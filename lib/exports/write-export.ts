import "server-only";
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import { registerFonts } from "@/lib/pdf/fonts";
import type { ExportFormat, ExportTable } from "./export-table";

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
  });
  queueMicrotask(() => {
    for (const row of table.rows) out.write(row);
    out.end();
  });
  return out;
}

/** XLSX written row by row to the response with exceljs's streaming writer. */
function xlsx(table: ExportTable): Readable {
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
      for (const [index, row] of table.rows.entries()) {
        sheet.addRow(row).commit();
        // Let the compressed output drain to the response now and then, instead of holding the
        // whole file in memory until the last row.
        if (index % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  });
  return out;
}

/** A printable PDF list, in a font that has every letter a name may need. */
function pdf(table: ExportTable): Readable {
  const document = new PDFDocument({
    size: "A4",
    layout: table.columns.length > 4 ? "landscape" : "portrait",
    margin: 40,
  });
  registerFonts(document);
  queueMicrotask(() => {
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
    line(table.columns, true);
    for (const row of table.rows) line(row, false);
    document.end();
  });
  return document as unknown as Readable;
}

/** The table as a web stream in the chosen format, for a route handler's Response. */
export function writeExport(table: ExportTable, format: ExportFormat): ReadableStream<Uint8Array> {
  const stream = format === "csv" ? csv(table) : format === "xlsx" ? xlsx(table) : pdf(table);
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}
