import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EventRoleName } from "@/lib/generated/prisma/enums";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";

/**
 * The id of a meeting whose members may be invited or reminded now: found, the caller holding
 * `minimum` there, and published with registration open (the link would lead to a closed form
 * otherwise).
 */
export async function loadInvitableEvent(staff: Staff | null, slug: string, minimum: EventRoleName) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true, status: true } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, minimum);
  if (event.status !== "open") throw new AppError("conflict", "not published", [], {}, "invitationsNotOpen");
  return event.id;
}
