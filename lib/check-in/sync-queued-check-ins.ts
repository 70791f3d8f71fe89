import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { authorizeEvent, type Staff } from "@/lib/auth/staff-session";
import { checkInAttendee } from "./check-in-attendee";
import { checkInCodeFromText } from "./scanned-code";

/** Check-ins a phone queued while the venue's network was down, sent when it is back. */
export const queuedCheckIns = z.object({
  items: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
        code: z.string().trim().min(1).max(2000),
        scope: z
          .string()
          .regex(/^[a-z0-9-]{1,50}$/)
          .nullable(),
        at: z.iso.datetime(),
      }),
    )
    .min(1)
    .max(200),
});
export type QueuedCheckIns = z.infer<typeof queuedCheckIns>;

export type SyncedCheckIn =
  | { id: string; outcome: "checked-in" | "already"; name: string; at: string }
  | { id: string; outcome: "refused"; code: string; params: Record<string, string | number> };

// A queued check-in keeps the time it was scanned, unless the phone's clock is off: then now.
const OFFLINE_WINDOW_MS = 12 * 60 * 60 * 1000;

/**
 * Checks in each queued item, in order, each in its own transaction as a scan would be: checking
 * in twice is not an error (the first time stays), so an item sent again after a lost answer
 * changes nothing. Every item gets its answer; a refusal names the code of the reason.
 */
export async function syncQueuedCheckIns(
  staff: Staff | null,
  slug: string,
  input: QueuedCheckIns,
  now = new Date(),
): Promise<SyncedCheckIn[]> {
  await authorizeEvent(staff, slug, "staff");
  const results: SyncedCheckIn[] = [];
  for (const item of input.items) {
    const scanned = new Date(item.at);
    const at =
      scanned.getTime() <= now.getTime() && now.getTime() - scanned.getTime() <= OFFLINE_WINDOW_MS
        ? scanned
        : now;
    const code = checkInCodeFromText(item.code);
    if (!code) {
      results.push({ id: item.id, outcome: "refused", code: "checkInCodeUnknown", params: {} });
      continue;
    }
    try {
      const result = await checkInAttendee(staff, { slug, target: { code }, scope: item.scope, now: at });
      const person = await db.attendee.findUniqueOrThrow({
        where: { id: result.attendeeId },
        select: { name: true },
      });
      results.push({
        id: item.id,
        outcome: result.already ? "already" : "checked-in",
        name: person.name,
        at: result.checkedInAt.toISOString(),
      });
    } catch (error) {
      if (!isAppError(error) || error.code === "rate_limited" || error.code === "forbidden") throw error;
      const issue = error.fields[0];
      results.push({
        id: item.id,
        outcome: "refused",
        code: issue?.code ?? "invalid",
        params: issue?.params ?? {},
      });
    }
  }
  return results;
}
