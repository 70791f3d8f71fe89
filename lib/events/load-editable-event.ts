import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Event } from "@/lib/generated/prisma/client";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { assertEventEditable } from "./assert-event-editable";

/**
 * The meeting a settings change is about, for one of its administrators, refusing an archived
 * one: what every service that edits a meeting asks first.
 */
export async function loadEditableEvent(staff: Staff | null, slug: string): Promise<Event> {
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "admin");
  assertEventEditable(event);
  return event;
}
