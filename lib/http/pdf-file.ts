// Uploaded PDFs (mandates, meeting documents): told by their bytes, named safely for a download.

/** Whether the bytes are a PDF, by their first bytes, never by the name or the type the browser claims. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";
}

/** A file name safe to offer again in a download: its last part, printable, ending in .pdf. */
export function pdfFileName(name: string, fallback: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[^\p{L}\p{N} ._()-]/gu, "")
    .trim()
    .slice(0, 100);
  if (!base) return fallback;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}
