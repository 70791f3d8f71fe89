import "server-only";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EventRoleName, EventStatus } from "@/lib/generated/prisma/enums";
import { authOptions } from "./auth-options";

export type Staff = { userId: string; email: string };

/** The signed-in staff member, or null. */
export async function getStaff(): Promise<Staff | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; email?: string | null } | undefined;
  return user?.id && user.email ? { userId: user.id, email: user.email } : null;
}

const RANK: Record<EventRoleName, number> = { viewer: 1, staff: 2, admin: 3 };

/** Whether the staff member is an association administrator (the secretariat). */
export async function isAssociationAdmin(staff: Staff): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: staff.userId }, select: { associationRole: true } });
  return user?.associationRole === "admin";
}

/** Refuses anyone but an association administrator: creating meetings, the member register. */
export async function requireAssociationAdmin(staff: Staff | null): Promise<Staff> {
  if (!staff) throw new AppError("unauthorized", "not signed in");
  if (!(await isAssociationAdmin(staff))) throw new AppError("forbidden", "needs association admin");
  return staff;
}

/**
 * The staff member's role at the event, refusing anyone below `minimum`. Every admin service
 * calls this where it touches the event's data, not only the pages in front of it. An
 * association administrator is an administrator at every event, including ones created after
 * they signed in.
 */
export async function requireEventRole(
  staff: Staff | null,
  eventId: string,
  minimum: EventRoleName,
): Promise<EventRoleName> {
  if (!staff) throw new AppError("unauthorized", "not signed in");
  const user = await db.user.findUnique({
    where: { id: staff.userId },
    select: { associationRole: true, eventRoles: { where: { eventId }, select: { role: true } } },
  });
  const role = user?.associationRole === "admin" ? "admin" : user?.eventRoles[0]?.role;
  if (!role || RANK[role] < RANK[minimum]) throw new AppError("forbidden", `needs ${minimum}`);
  return role;
}

/** Events the staff member has any role at, with that role: every event for an association administrator. */
export async function listStaffEvents(staff: Staff) {
  const select = { slug: true, nameSv: true, nameEn: true, startsAt: true, status: true } as const;
  const describe = (
    role: EventRoleName,
    event: { slug: string; nameSv: string; nameEn: string; startsAt: Date; status: EventStatus },
  ) => ({
    role,
    slug: event.slug,
    name: { sv: event.nameSv, en: event.nameEn },
    startsAt: event.startsAt,
    status: event.status,
  });
  if (await isAssociationAdmin(staff)) {
    const events = await db.event.findMany({ select, orderBy: { startsAt: "asc" } });
    return events.map((event) => describe("admin", event));
  }
  const roles = await db.eventRole.findMany({
    where: { userId: staff.userId },
    include: { event: { select } },
    orderBy: { event: { startsAt: "asc" } },
  });
  return roles.map((role) => describe(role.role, role.event));
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
