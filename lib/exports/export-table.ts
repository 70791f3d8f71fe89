import type { AppLocale } from "@/lib/i18n/routing";

export type ExportRow = (string | number)[];

/** A second, small table a list carries: the catering list's totals per meal and diet. */
export type ExportTotals = { title: string; sheetName?: string; columns: string[]; rows: ExportRow[] };

/** A list to export: a title, translated column headers and rows of plain values. */
export type ExportTable = {
  title: string;
  /** File name without extension, e.g. "deltagare-lulea-2027". */
  fileName: string;
  /** The meeting's name, printed on every page of a PDF. */
  meeting: string;
  /** The spreadsheet tab's name: short enough for Excel's 31 characters, never cut. */
  sheetName: string;
  printedAt: Date;
  locale: AppLocale;
  columns: string[];
  /** Column widths in characters, for spreadsheets and (as proportions) for PDF. */
  widths?: number[];
  /** The columns a printed page shows, when not all of them fit (indexes into `columns`). */
  printColumns?: number[];
  /** In memory, or read while the file is written (then `rowCount` says how many there are). */
  rows: ExportRow[] | AsyncIterable<ExportRow>;
  rowCount?: number;
  totals?: ExportTotals;
};

/** What a list's builder gives; buildExport adds the meeting, the time and the names. */
export type ExportContent = Omit<ExportTable, "fileName" | "meeting" | "sheetName" | "printedAt" | "locale">;

export function rowCountOf(table: Pick<ExportTable, "rows" | "rowCount">): number {
  if (Array.isArray(table.rows)) return table.rows.length;
  if (table.rowCount === undefined) throw new Error("a streamed export table needs its rowCount");
  return table.rowCount;
}

export type ExportFormat = "csv" | "xlsx" | "pdf";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};
