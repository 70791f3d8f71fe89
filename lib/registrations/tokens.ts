import { createHash, randomBytes, randomInt } from "node:crypto";

/** A secret for a private link: 256 bits of randomness, URL-safe. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// Without 0/O, 1/I/L and U, so a reference read aloud over the phone is not misheard.
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A short reference people can read and say, e.g. LUL-7KQ3. Uniqueness is checked by the database. */
export function newReference(prefix: string): string {
  let code = "";
  for (let index = 0; index < 4; index++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${prefix}-${code}`;
}
