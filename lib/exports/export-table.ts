export type ExportRow = (string | number)[];

/** A list to export: a title, translated column headers and rows of plain values. */
export type ExportTable = {
  title: string;
  /** File name without extension, e.g. "deltagare-lulea-2027". */
  fileName: string;
  columns: string[];
  /** In memory, or read while the file is written (then `rowCount` says how many there are). */
  rows: ExportRow[] | AsyncIterable<ExportRow>;
  rowCount?: number;
};

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
