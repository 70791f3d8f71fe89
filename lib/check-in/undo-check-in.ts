import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import {
  activityForScope,
  canStillUndo,
  lockAttendee,
  UNDO_MINUTES,
  type CheckInScope,
} from "./check-in-scope";

/**
 * Takes back a check-in made by mistake, within UNDO_MINUTES. `checkedInAt` names the check-in
 * being undone, so an undo from a stale screen cannot erase a later, real one. An entrance
 * check-in made by the same activity check-in goes with it.
 */
export async function undoCheckIn(
  staff: Staff | null,
  input: { slug: string; attendeeId: string; scope: CheckInScope; checkedInAt: Date; now?: Date },
) {
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (!event) throw new AppError("not_found", "no such event");
    await requireEventRole(staff, event.id, "staff");
    const activity = await activityForScope(tx, event.id, input.scope);
    await lockAttendee(tx, input.attendeeId);
    const attendee = await tx.attendee.findUnique({
      where: { id: input.attendeeId },
      include: { signups: activity ? { where: { activityId: activity.id } } : false },
    });
    if (!attendee || attendee.eventId !== event.id) throw new AppError("not_found", "no such attendee");
    const signup = attendee.signups?.[0];
    const current = activity ? signup?.checkedInAt : attendee.checkedInAt;
    if (!current || current.getTime() !== input.checkedInAt.getTime()) {
      throw new AppError("conflict", "check-in changed since", [{ field: "undo", code: "undoChanged" }]);
    }
    if (!canStillUndo(current, now)) {
      throw new AppError("validation", "too late to undo", [
        { field: "undo", code: "undoExpired", params: { max: UNDO_MINUTES } },
      ]);
    }
    if (signup) await tx.signup.update({ where: { id: signup.id }, data: { checkedInAt: null } });
    if (attendee.checkedInAt?.getTime() === current.getTime()) {
      await tx.attendee.update({ where: { id: attendee.id }, data: { checkedInAt: null } });
    }
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "attendee.check-in-undone",
      entityType: "Attendee",
      entityId: attendee.id,
      changes: { scope: input.scope ?? "event", at: current.toISOString() },
    });
  });
}
