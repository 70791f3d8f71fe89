// Shared by the browser scanner and the server: what a scanned or typed text says the code is.
/** A check-in code: 16 bytes of attendee id and a 16-byte signature, base64url. */
export const CHECK_IN_CODE = /^[A-Za-z0-9_-]{43}$/;

/** The check-in code in a scanned QR text (the check-in URL or the bare code), or null. */
export function checkInCodeFromText(text: string): string | null {
  const trimmed = text.trim();
  if (CHECK_IN_CODE.test(trimmed)) return trimmed;
  const match = /\/check-in\/([A-Za-z0-9_-]{43})\/?(?:[?#].*)?$/.exec(trimmed);
  return match ? match[1]! : null;
}
