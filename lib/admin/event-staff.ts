import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import type { EventRoleName } from "@/lib/generated/prisma/enums";

async function eventOf(slug: string) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) throw new AppError("not_found", "no such event");
  return event;
}

/** The event's staff and their roles (admins only). */
export async function listEventStaff(staff: Staff | null, slug: string) {
  const event = await eventOf(slug);
  await requireEventRole(staff, event.id, "admin");
  const roles = await db.eventRole.findMany({
    where: { eventId: event.id },
    include: { user: { select: { email: true } } },
    orderBy: { user: { email: "asc" } },
  });
  return roles.map((role) => ({ userId: role.userId, email: role.user.email, role: role.role }));
}

/** Gives an address a role at the event (admins only); a new address can then sign in. */
export async function setStaffRole(staff: Staff | null, slug: string, email: string, role: EventRoleName) {
  const event = await eventOf(slug);
  await requireEventRole(staff, event.id, "admin");
  const address = email.trim().toLowerCase();
  await db.$transaction(async (tx) => {
    const user = await tx.user.upsert({ where: { email: address }, create: { email: address }, update: {} });
    if (user.id === staff!.userId && role !== "admin") {
      throw new AppError("conflict", "an admin cannot demote themself", [{ field: "role", code: "invalid" }]);
    }
    await tx.eventRole.upsert({
      where: { eventId_userId: { eventId: event.id, userId: user.id } },
      create: { eventId: event.id, userId: user.id, role },
      update: { role },
    });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "staff.role-set",
      entityType: "User",
      entityId: user.id,
      changes: { role },
    });
  });
}

/** Takes a person's role at the event away (admins only, and never their own). */
export async function removeStaffRole(staff: Staff | null, slug: string, userId: string) {
  const event = await eventOf(slug);
  await requireEventRole(staff, event.id, "admin");
  if (userId === staff!.userId) throw new AppError("conflict", "an admin cannot remove themself");
  await db.$transaction(async (tx) => {
    await tx.eventRole.deleteMany({ where: { eventId: event.id, userId } });
    await writeAuditEntry(tx, {
      eventId: event.id,
      actor: { type: "staff", id: staff!.userId },
      action: "staff.role-removed",
      entityType: "User",
      entityId: userId,
    });
  });
}
