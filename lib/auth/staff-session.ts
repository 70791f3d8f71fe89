import "server-only";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EventRoleName } from "@/lib/generated/prisma/enums";
import { authOptions } from "./auth-options";

export type Staff = { userId: string; email: string };

/** The signed-in staff member, or null. */
export async function getStaff(): Promise<Staff | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; email?: string | null } | undefined;
  return user?.id && user.email ? { userId: user.id, email: user.email } : null;
}

const RANK: Record<EventRoleName, number> = { viewer: 1, staff: 2, admin: 3 };

/**
 * The staff member's role at the event, refusing anyone below `minimum`. Every admin service
 * calls this where it touches the event's data, not only the pages in front of it.
 */
export async function requireEventRole(
  staff: Staff | null,
  eventId: string,
  minimum: EventRoleName,
): Promise<EventRoleName> {
  if (!staff) throw new AppError("unauthorized", "not signed in");
  const role = await db.eventRole.findUnique({
    where: { eventId_userId: { eventId, userId: staff.userId } },
    select: { role: true },
  });
  if (!role || RANK[role.role] < RANK[minimum]) throw new AppError("forbidden", `needs ${minimum}`);
  return role.role;
}

/** Events the staff member has any role at, with that role. */
export async function listStaffEvents(staff: Staff) {
  const roles = await db.eventRole.findMany({
    where: { userId: staff.userId },
    include: { event: { select: { slug: true, nameSv: true, nameEn: true, startsAt: true } } },
    orderBy: { event: { startsAt: "asc" } },
  });
  return roles.map((role) => ({
    role: role.role,
    slug: role.event.slug,
    name: { sv: role.event.nameSv, en: role.event.nameEn },
    startsAt: role.event.startsAt,
  }));
}

/** The staff member's role at the event with this slug, refusing anyone below `minimum`. */
export async function authorizeEvent(
  staff: Staff | null,
  slug: string,
  minimum: EventRoleName,
): Promise<EventRoleName> {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) throw new AppError("not_found", "no such event");
  return requireEventRole(staff, event.id, minimum);
}
