import { createHmac, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";

// The derivation of check-in codes, free of the app's configuration, so tools that need a
// person's code (the end-to-end tests) make the same codes as the app. check-in-code.ts uses it.

/** 128 bits of HMAC make a code unguessable. */
export const MAC_BYTES = 16;

/** The key check-in codes are signed with, derived from the app's AUTH_SECRET. */
export function checkInKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(hkdfSync("sha256", secret, "", "sik check-in code v1", 32)));
}

export function checkInMac(key: KeyObject, id: Buffer): Buffer {
  return createHmac("sha256", key).update(id).digest().subarray(0, MAC_BYTES);
}

/** The attendee's check-in code: their id and its signature, 43 URL-safe characters. */
export function deriveCheckInCode(key: KeyObject, attendeeId: string): string {
  const id = Buffer.from(attendeeId.replaceAll("-", ""), "hex");
  return Buffer.concat([id, checkInMac(key, id)]).toString("base64url");
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The short code, "K7M2-9QXD": 40 bits of the same keyed signature. */
export function deriveShortCode(key: KeyObject, attendeeId: string): string {
  const digest = createHmac("sha256", key).update(`short:${attendeeId}`).digest();
  const value = digest.readUIntBE(0, 5);
  let code = "";
  for (let shift = 35; shift >= 0; shift -= 5) code += CROCKFORD[Math.floor(value / 2 ** shift) % 32];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
