/**
 * A Content-Disposition header for a download. The name is reduced to letters, digits, dots and
 * hyphens, so nothing in it (a quote, a line break, a path) can change the header or the file.
 */
export function attachment(fileName: string): string {
  const safe =
    fileName
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^[.-]+/, "")
      .slice(0, 120) || "download";
  return `attachment; filename="${safe}"`;
}
