import "server-only";
import type { Tx } from "@/lib/db";
import { hashToken, newToken } from "./tokens";

/**
 * A new private link for a registration's contact (no attendee) or one attendee, for a mail to
 * carry. Links are never stored, only their hashes, so every mail gets one of its own; all of a
 * person's links stay valid until they or the event are anonymised.
 */
export async function issueManageLink(
  tx: Tx,
  input: { registrationId: string; attendeeId?: string },
): Promise<string> {
  const token = newToken();
  await tx.manageLink.create({
    data: { tokenHash: hashToken(token), registrationId: input.registrationId, attendeeId: input.attendeeId },
  });
  return token;
}
