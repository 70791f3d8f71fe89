import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import { AppError } from "@/lib/errors";

/** Rows one import may hold: the register has a few dozen organisations. */
export const MAX_IMPORT_ROWS = 500;

type Cell = string | number | boolean | Date | { text?: string; result?: unknown } | null | undefined;

/** A cell as the text a person typed: numbers as written, rich text and formulas by their text. */
function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return String(value.text ?? value.result ?? "");
  return String(value);
}

// ExcelTS's reader and CSV parser alone, not the package's entry with every module it has
// (lib/exports/write-export.ts says why).
function loadExcelTs() {
  const load = createRequire(import.meta.url);
  const root = path.dirname(load.resolve(/* turbopackIgnore: true */ "@cj-tech-master/excelts/package.json"));
  const { Workbook } = load(
    /* turbopackIgnore: true */ path.join(root, "dist/cjs/modules/excel/workbook.js"),
  ) as {
    Workbook: new () => {
      xlsx: { load(data: Uint8Array): Promise<unknown> };
      worksheets: { eachRow(callback: (row: { values: Cell[] }) => void): void }[];
    };
  };
  const csv = load(/* turbopackIgnore: true */ path.join(root, "dist/cjs/modules/csv/index.js")) as {
    parseCsv(input: string, options: { delimiter: string }): string[][];
    detectDelimiter(input: string): string;
  };
  return { Workbook, csv };
}

/**
 * The rows of an uploaded register: the first sheet of an XLSX file, or a CSV file in UTF-8 with
 * commas or semicolons (as Excel saves it in Swedish). What is neither is refused in words.
 */
export async function readRegisterFile(bytes: Uint8Array): Promise<string[][]> {
  const { Workbook, csv } = loadExcelTs();
  let rows: string[][];
  // An XLSX file is a zip archive: "PK\x03\x04".
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load(bytes);
    } catch {
      throw new AppError("validation", "unreadable xlsx", [{ field: "file", code: "importFileType" }]);
    }
    rows = [];
    workbook.worksheets[0]?.eachRow((row) => rows.push(row.values.slice(1).map(cellText)));
  } else {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
    } catch {
      throw new AppError("validation", "not utf-8", [{ field: "file", code: "importFileType" }]);
    }
    if (text.includes("\u0000")) {
      throw new AppError("validation", "binary file", [{ field: "file", code: "importFileType" }]);
    }
    try {
      rows = csv.parseCsv(text, { delimiter: csv.detectDelimiter(text) === ";" ? ";" : "," });
    } catch {
      throw new AppError("validation", "unreadable csv", [{ field: "file", code: "importFileType" }]);
    }
  }
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (filled.length < 2)
    throw new AppError("validation", "no rows", [{ field: "file", code: "importEmpty" }]);
  if (filled.length > MAX_IMPORT_ROWS + 1) {
    throw new AppError("validation", "too many rows", [
      { field: "file", code: "importTooManyRows", params: { max: MAX_IMPORT_ROWS } },
    ]);
  }
  return filled;
}
