import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { assertTokenAttemptsLeft, recordTokenMiss } from "@/lib/rate-limit/token-misses";
import { attendeeIdFromCheckInCode } from "./check-in-code";

/**
 * The event a scanned code belongs to, for staff who opened it with the phone's own camera app.
 * Only staff of that event learn anything; everyone else gets "not found".
 */
export async function locateCheckInCode(staff: Staff | null, code: string): Promise<{ slug: string }> {
  if (!staff) throw new AppError("unauthorized", "not signed in");
  await assertTokenAttemptsLeft("check-in-code", staff.userId);
  const attendeeId = attendeeIdFromCheckInCode(code);
  if (!attendeeId) await recordTokenMiss("check-in-code", staff.userId);
  const attendee = attendeeId
    ? await db.attendee.findUnique({
        where: { id: attendeeId },
        select: { event: { select: { id: true, slug: true } } },
      })
    : null;
  if (!attendee) throw new AppError("not_found", "unknown check-in code");
  await requireEventRole(staff, attendee.event.id, "staff");
  return { slug: attendee.event.slug };
}
