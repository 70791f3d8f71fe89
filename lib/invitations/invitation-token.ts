import "server-only";
import type { KeyObject } from "node:crypto";
import { env } from "@/lib/env";
import { hashToken } from "@/lib/registrations/tokens";
import { deriveLinkToken, linkKey } from "@/lib/security/derive-link-token";

// The link's token is derived from the invitation's id, not stored: a reminder sends the same link
// as the first mail, so a link already in someone's inbox keeps working. Only its hash is kept,
// to find the invitation; rotating AUTH_SECRET voids every link sent.
let cachedKey: KeyObject | undefined;

/** The secret of an invitation's link: 256 bits, URL-safe. */
export function invitationTokenFor(invitationId: string): string {
  cachedKey ??= linkKey(env.AUTH_SECRET, "invitation");
  return deriveLinkToken(cachedKey, invitationId);
}

export function invitationTokenHash(invitationId: string): string {
  return hashToken(invitationTokenFor(invitationId));
}
