import "server-only";
import { timingSafeEqual, type KeyObject } from "node:crypto";
import { env } from "@/lib/env";
import { CHECK_IN_CODE } from "./scanned-code";
import {
  MAC_BYTES,
  checkInKey,
  checkInMac,
  deriveCheckInCode,
  deriveShortCode,
} from "./derive-check-in-code";

// A signed token, not a stored secret: staff print badges for anyone, so the server must be able to
// produce every attendee's code again (derive-check-in-code.ts). Rotating AUTH_SECRET voids every
// code already mailed or printed.

// A KeyObject, made once: given a Buffer, every HMAC would import the key again.
let cachedKey: KeyObject | undefined;
function signingKey(): KeyObject {
  cachedKey ??= checkInKey(env.AUTH_SECRET);
  return cachedKey;
}

/** The attendee's check-in code: their id and its signature, 43 URL-safe characters. */
export function checkInCodeFor(attendeeId: string): string {
  return deriveCheckInCode(signingKey(), attendeeId);
}

/** The attendee id a code was made for, or null when it is malformed or not signed by this server. */
export function attendeeIdFromCheckInCode(code: string): string | null {
  if (!CHECK_IN_CODE.test(code)) return null;
  const bytes = Buffer.from(code, "base64url");
  const id = bytes.subarray(0, MAC_BYTES);
  if (!timingSafeEqual(bytes.subarray(MAC_BYTES), checkInMac(signingKey(), id))) return null;
  const hex = id.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The attendee's short code, for reading out or typing when the QR code cannot be scanned:
 * 40 bits of the same keyed signature, "K7M2-9QXD". Staff look it up among one event's attendees,
 * and misses count against the same limit as forged codes, so 40 bits are plenty.
 */
export function shortCheckInCodeFor(attendeeId: string): string {
  return deriveShortCode(signingKey(), attendeeId);
}

/** What the QR code holds: a staff page, so a phone's own camera app also leads to the check-in. */
export function checkInUrl(code: string): string {
  return new URL(`/admin/check-in/${code}`, env.PUBLIC_BASE_URL).toString();
}
