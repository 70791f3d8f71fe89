// Shared by the browser scanner and the server: what a scanned or typed text says the code is.
/** A check-in code: 16 bytes of attendee id and a 16-byte signature, base64url. */
export const CHECK_IN_CODE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The short code printed beside the QR code for people to read out or type: 8 characters of
 * Crockford's base 32 (no I, L, O or U), shown as two groups of four.
 */
export const SHORT_CODE = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** A typed short code as stored: upper case, without spaces or dashes, O read as 0 and I or L as 1. */
export function normaliseShortCode(text: string): string | null {
  const code = text
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return SHORT_CODE.test(code) ? code : null;
}

/**
 * The check-in code in a scanned QR text (the check-in URL or the bare code) or typed by hand
 * (the short code), or null.
 */
export function checkInCodeFromText(text: string): string | null {
  const trimmed = text.trim();
  if (CHECK_IN_CODE.test(trimmed)) return trimmed;
  const match = /\/check-in\/([A-Za-z0-9_-]{43})\/?(?:[?#].*)?$/.exec(trimmed);
  if (match) return match[1]!;
  return normaliseShortCode(trimmed);
}
