import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { assertTokenAttemptsLeft, recordTokenMiss } from "@/lib/rate-limit/token-misses";
import { attendeeIdFromCheckInCode } from "./check-in-code";
import { attendeeIdFromShortCode } from "./find-short-code";
import { SHORT_CODE } from "./scanned-code";
import { activityForScope, lockAttendee, type CheckInScope } from "./check-in-scope";

export type CheckInTarget = { code: string } | { attendeeId: string };
export type CheckInResult = { attendeeId: string; checkedInAt: Date; already: boolean };

const refuse = (code: "checkInCodeUnknown" | "checkInOtherEvent" | "checkInCancelled", message: string) =>
  new AppError("validation", message, [{ field: "code", code }]);

/**
 * Checks an attendee in at the entrance or at one activity. Checking in again is not an error: the
 * result says when it happened first. An activity check-in also counts as arriving at the event.
 */
export async function checkInAttendee(
  staff: Staff | null,
  input: { slug: string; target: CheckInTarget; scope: CheckInScope; now?: Date; locale?: "sv" | "en" },
): Promise<CheckInResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (!event) throw new AppError("not_found", "no such event");
    await requireEventRole(staff, event.id, "staff");
    const { target } = input;
    if ("code" in target) await assertTokenAttemptsLeft("check-in-code", staff!.userId);
    const attendeeId = !("code" in target)
      ? target.attendeeId
      : SHORT_CODE.test(target.code)
        ? await attendeeIdFromShortCode(tx, event.id, target.code)
        : attendeeIdFromCheckInCode(target.code);
    if (!attendeeId) {
      await recordTokenMiss("check-in-code", staff!.userId);
      throw refuse("checkInCodeUnknown", "not a check-in code");
    }
    const activity = await activityForScope(tx, event.id, input.scope);
    await lockAttendee(tx, attendeeId);
    const attendee = await tx.attendee.findUnique({
      where: { id: attendeeId },
      include: { signups: activity ? { where: { activityId: activity.id } } : false },
    });
    if (!attendee) throw refuse("checkInCodeUnknown", "no attendee for the code");
    if (attendee.eventId !== event.id) throw refuse("checkInOtherEvent", "code of another event");
    if (attendee.status !== "active") throw refuse("checkInCancelled", "attendee is cancelled");
    const signup = attendee.signups?.[0];
    if (activity && signup?.status !== "confirmed") {
      throw new AppError("validation", "not confirmed for the activity", [
        {
          field: "code",
          code: signup?.status === "waitlisted" ? "checkInWaitlisted" : "checkInNotConfirmed",
          params: { activity: input.locale === "en" ? activity.nameEn : activity.nameSv },
        },
      ]);
    }
    const previous = activity ? signup!.checkedInAt : attendee.checkedInAt;
    if (previous) return { attendeeId, checkedInAt: previous, already: true };
    if (signup) await tx.signup.update({ where: { id: signup.id }, data: { checkedInAt: now } });
    if (!attendee.checkedInAt)
      await tx.attendee.update({ where: { id: attendeeId }, data: { checkedInAt: now } });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "attendee.checked-in",
      entityType: "Attendee",
      entityId: attendeeId,
      changes: { scope: input.scope ?? "event", at: now.toISOString() },
    });
    return { attendeeId, checkedInAt: now, already: false };
  });
}
