import "server-only";
import { db, queriesIn } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { readLiveRegister } from "@/lib/voting-register/read-live-register";
import { readActivityLoad } from "@/lib/registrations/activity-capacity";

/** What the walk-in form offers: the meeting's members, its activities with places left, and the staff member's role. */
export async function getWalkInChoices(staff: Staff | null, slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      status: true,
      activities: {
        where: { cancelledAt: null },
        orderBy: [{ startsAt: "asc" }, { sortOrder: "asc" }],
        select: { id: true, nameSv: true, nameEn: true, capacity: true, membersOnly: true },
      },
    },
  });
  if (!event) throw new AppError("not_found", "no such event");
  const role = await requireEventRole(staff, event.id, "staff");
  const [members, load] = await Promise.all([
    readLiveRegister(event.id),
    readActivityLoad(
      queriesIn(db),
      event.activities.map((activity) => activity.id),
    ),
  ]);
  return {
    role,
    open: event.status === "open" || event.status === "closed",
    members: members.map((member) => ({ id: member.organisationId, name: member.organisation })),
    activities: event.activities.map((activity) => ({
      ...activity,
      left:
        activity.capacity === null
          ? null
          : Math.max(0, activity.capacity - (load.get(activity.id)?.confirmed ?? 0)),
    })),
  };
}
