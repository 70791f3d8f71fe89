import { createHmac, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";

// Links whose secret is derived from a row's id rather than stored: invitations, mandate requests,
// evaluations.
// The derivation itself is free of the app's configuration, so tools that seed such rows (the
// end-to-end tests) make the same links as the app.

/** The key a kind of link is signed with, derived from the app's AUTH_SECRET; `purpose` keeps kinds apart. */
export function linkKey(secret: string, purpose: "invitation" | "mandate" | "evaluation"): KeyObject {
  return createSecretKey(Buffer.from(hkdfSync("sha256", secret, "", `sik ${purpose} v1`, 32)));
}

/** The secret of a row's link: 256 bits of HMAC over its id, URL-safe. */
export function deriveLinkToken(key: KeyObject, id: string): string {
  return createHmac("sha256", key).update(id).digest("base64url");
}
