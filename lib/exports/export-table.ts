/** A list to export: a title, translated column headers and rows of plain values. */
export type ExportTable = {
  title: string;
  /** File name without extension, e.g. "deltagare-lulea-2027". */
  fileName: string;
  columns: string[];
  rows: (string | number)[][];
};

export type ExportFormat = "csv" | "xlsx" | "pdf";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};
