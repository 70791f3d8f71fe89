// Shared by the browser scanner and the server: what a scanned or typed text says the code is.
const CODE = /^[A-Za-z0-9_-]{43}$/;

/** The check-in code in a scanned QR text (the check-in URL or the bare code), or null. */
export function checkInCodeFromText(text: string): string | null {
  const trimmed = text.trim();
  if (CODE.test(trimmed)) return trimmed;
  const match = /\/check-in\/([A-Za-z0-9_-]{43})\/?(?:[?#].*)?$/.exec(trimmed);
  return match ? match[1]! : null;
}
