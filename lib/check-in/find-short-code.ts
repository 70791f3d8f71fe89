import "server-only";
import type { Tx } from "@/lib/db";
import { shortCheckInCodeFor } from "./check-in-code";

/**
 * The attendee of the event whose short code this is (normalised, without the dash), or null.
 * The code is computed for each of the event's attendees: a meeting has hundreds, not millions,
 * and nothing about the code is stored. Two attendees with one code (one in a trillion) is null too:
 * staff then scan the QR code or search the name.
 */
export async function attendeeIdFromShortCode(tx: Tx, eventId: string, code: string): Promise<string | null> {
  const shown = `${code.slice(0, 4)}-${code.slice(4)}`;
  const attendees = await tx.attendee.findMany({ where: { eventId }, select: { id: true } });
  const matches = attendees.filter((attendee) => shortCheckInCodeFor(attendee.id) === shown);
  return matches.length === 1 ? matches[0]!.id : null;
}
