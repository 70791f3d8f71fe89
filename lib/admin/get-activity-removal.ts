import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";

/** What removing an activity would do, for the page that asks before it is done (admins only). */
export async function getActivityRemoval(staff: Staff | null, slug: string, activityId: string) {
  const activity = await db.activity.findFirst({
    where: { id: activityId, event: { slug } },
    select: { id: true, eventId: true, nameSv: true, nameEn: true, cancelledAt: true },
  });
  if (!activity) throw new AppError("not_found", "no such activity");
  await requireEventRole(staff, activity.eventId, "admin");
  const [signups, holders] = await Promise.all([
    db.signup.count({ where: { activityId } }),
    db.signup.count({ where: { activityId, status: { not: "cancelled" }, attendee: { status: "active" } } }),
  ]);
  return {
    name: { sv: activity.nameSv, en: activity.nameEn },
    cancelled: activity.cancelledAt !== null,
    // Anyone ever signed up keeps the activity in the record: it is cancelled, not deleted.
    deletes: signups === 0,
    holders,
  };
}
