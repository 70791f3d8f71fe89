import "server-only";
import { createHmac, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { env } from "@/lib/env";
import { hashToken } from "@/lib/registrations/tokens";

// The link's token is derived from the invitation's id, not stored: a reminder sends the same link
// as the first mail, so a link already in someone's inbox keeps working. Only its hash is kept,
// to find the invitation; rotating AUTH_SECRET voids every link sent.
let cachedKey: KeyObject | undefined;
function signingKey(): KeyObject {
  cachedKey ??= createSecretKey(
    Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, "", "sik invitation v1", 32)),
  );
  return cachedKey;
}

/** The secret of an invitation's link: 256 bits, URL-safe. */
export function invitationTokenFor(invitationId: string): string {
  return createHmac("sha256", signingKey()).update(invitationId).digest("base64url");
}

export function invitationTokenHash(invitationId: string): string {
  return hashToken(invitationTokenFor(invitationId));
}
