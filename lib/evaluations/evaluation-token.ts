import "server-only";
import type { KeyObject } from "node:crypto";
import { env } from "@/lib/env";
import { hashToken } from "@/lib/registrations/tokens";
import { deriveLinkToken, linkKey } from "@/lib/security/derive-link-token";

// The link's token is signed over the invite's id, not stored; only its hash is kept.
let cachedKey: KeyObject | undefined;

export function evaluationTokenFor(inviteId: string): string {
  cachedKey ??= linkKey(env.AUTH_SECRET, "evaluation");
  return deriveLinkToken(cachedKey, inviteId);
}

export const evaluationTokenHash = (inviteId: string) => hashToken(evaluationTokenFor(inviteId));
