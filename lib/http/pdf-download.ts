import { attachment } from "./attachment";

/**
 * An uploaded PDF (a mandate, a meeting document) as a download, never shown inline: it can carry
 * script, so the browser saves it (Content-Disposition: attachment), may not guess another type,
 * and would run nothing from it if it opened it anyway (the API's sandboxing CSP).
 */
export function pdfDownload(file: { fileName: string; data: Uint8Array }): Response {
  return new Response(new Uint8Array(file.data), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(file.data.length),
      "content-disposition": attachment(file.fileName),
      "cache-control": "private, no-store",
      // The sandboxing CSP and nosniff come with every API response (next.config.ts).
    },
  });
}
