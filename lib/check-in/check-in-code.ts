import "server-only";
import { createHmac, createSecretKey, hkdfSync, timingSafeEqual, type KeyObject } from "node:crypto";
import { env } from "@/lib/env";
import { CHECK_IN_CODE } from "./scanned-code";

// A signed token, not a stored secret: staff print badges for anyone, so the server must be able to
// produce every attendee's code again. 128 bits of HMAC make a code unguessable; rotating
// AUTH_SECRET voids every code already mailed or printed.
const MAC_BYTES = 16;

// A KeyObject, made once: given a Buffer, every HMAC would import the key again.
let cachedKey: KeyObject | undefined;
function signingKey(): KeyObject {
  cachedKey ??= createSecretKey(
    Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, "", "sik check-in code v1", 32)),
  );
  return cachedKey;
}

function mac(id: Buffer): Buffer {
  return createHmac("sha256", signingKey()).update(id).digest().subarray(0, MAC_BYTES);
}

/** The attendee's check-in code: their id and its signature, 43 URL-safe characters. */
export function checkInCodeFor(attendeeId: string): string {
  const id = Buffer.from(attendeeId.replaceAll("-", ""), "hex");
  return Buffer.concat([id, mac(id)]).toString("base64url");
}

/** The attendee id a code was made for, or null when it is malformed or not signed by this server. */
export function attendeeIdFromCheckInCode(code: string): string | null {
  if (!CHECK_IN_CODE.test(code)) return null;
  const bytes = Buffer.from(code, "base64url");
  const id = bytes.subarray(0, 16);
  if (!timingSafeEqual(bytes.subarray(16), mac(id))) return null;
  const hex = id.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * The attendee's short code, for reading out or typing when the QR code cannot be scanned:
 * 40 bits of the same keyed signature, "K7M2-9QXD". Staff look it up among one event's attendees,
 * and misses count against the same limit as forged codes, so 40 bits are plenty.
 */
export function shortCheckInCodeFor(attendeeId: string): string {
  const digest = createHmac("sha256", signingKey()).update(`short:${attendeeId}`).digest();
  const value = digest.readUIntBE(0, 5);
  let code = "";
  for (let shift = 35; shift >= 0; shift -= 5) code += CROCKFORD[Math.floor(value / 2 ** shift) % 32];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What the QR code holds: a staff page, so a phone's own camera app also leads to the check-in. */
export function checkInUrl(code: string): string {
  return new URL(`/admin/check-in/${code}`, env.PUBLIC_BASE_URL).toString();
}
