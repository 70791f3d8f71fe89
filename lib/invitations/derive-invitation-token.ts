import { createHmac, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";

// The derivation itself, free of the app's configuration, so tools that seed invitations (the
// end-to-end tests) make the same links as the app. lib/invitations/invitation-token.ts uses it.

/** The key invitation links are signed with, derived from the app's AUTH_SECRET. */
export function invitationKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(hkdfSync("sha256", secret, "", "sik invitation v1", 32)));
}

/** The secret of an invitation's link: 256 bits of HMAC over its id, URL-safe. */
export function deriveInvitationToken(key: KeyObject, invitationId: string): string {
  return createHmac("sha256", key).update(invitationId).digest("base64url");
}
