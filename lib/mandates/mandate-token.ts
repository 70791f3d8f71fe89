import "server-only";
import type { KeyObject } from "node:crypto";
import { env } from "@/lib/env";
import { hashToken } from "@/lib/registrations/tokens";
import { deriveLinkToken, linkKey } from "@/lib/security/derive-link-token";

// The link's token is signed over the request's id, not stored; only its hash is kept, to find
// the request. Rotating AUTH_SECRET voids every link sent.
let cachedKey: KeyObject | undefined;

/** The secret of a mandate request's link: 256 bits, URL-safe. */
export function mandateTokenFor(requestId: string): string {
  cachedKey ??= linkKey(env.AUTH_SECRET, "mandate");
  return deriveLinkToken(cachedKey, requestId);
}

export const mandateTokenHash = (requestId: string) => hashToken(mandateTokenFor(requestId));
