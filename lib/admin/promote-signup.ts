import "server-only";
import { db, queriesIn } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { notifyAttendeeChange } from "@/lib/registrations/notify-attendee-change";
import {
  activityFull,
  activityFullIssue,
  hasFreeSeat,
  lockActivities,
  readActivityLoad,
} from "@/lib/registrations/activity-capacity";

/**
 * Moves one waiting signup to confirmed. Staff may do so while there is room; only an admin may
 * go past the capacity, and only by saying so (`overrideCapacity`), which the audit row records.
 */
export async function promoteSignup(staff: Staff | null, signupId: string, overrideCapacity = false) {
  return db.$transaction(async (tx) => {
    const signup = await tx.signup.findUnique({
      where: { id: signupId },
      include: { activity: true, attendee: true },
    });
    if (!signup) throw new AppError("not_found", "no such signup");
    const role = await requireEventRole(staff, signup.eventId, overrideCapacity ? "admin" : "staff");
    if (signup.status !== "waitlisted" || signup.attendee.status !== "active") {
      throw new AppError("conflict", "signup is not waiting");
    }
    const queries = queriesIn(tx);
    await lockActivities(queries, [signup.activityId]);
    const load = (await readActivityLoad(queries, [signup.activityId])).get(signup.activityId)!;
    const full = !hasFreeSeat(signup.activity, load);
    if (full && !(overrideCapacity && role === "admin")) {
      throw activityFull([activityFullIssue("signup", signup.activity.nameSv)]);
    }
    await tx.signup.update({ where: { id: signup.id }, data: { status: "confirmed" } });
    await writeAuditEntry(tx, {
      eventId: signup.eventId,
      actor: { type: "staff", id: staff!.userId },
      action: full ? "signup.promoted-over-capacity" : "signup.promoted",
      entityType: "Signup",
      entityId: signup.id,
      changes: {
        activityId: signup.activityId,
        from: "waitlisted",
        to: "confirmed",
        capacity: signup.activity.capacity,
        confirmedBefore: load.confirmed,
      },
    });
    await notifyAttendeeChange(tx, {
      eventId: signup.eventId,
      attendee: signup.attendee,
      template: "waitlist-promoted",
      activityId: signup.activityId,
      actor: { type: "staff", id: staff!.userId },
    });
  });
}
