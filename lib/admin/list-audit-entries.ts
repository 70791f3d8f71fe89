import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";

export const auditQuery = z.object({
  action: z.string().trim().max(60).catch(""),
  actorType: z.enum(["contact", "attendee", "staff", "system"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AuditQuery = z.infer<typeof auditQuery>;

const PAGE_SIZE = 100;

/** The event's audit log, newest first, filtered by action and kind of actor (admins only). */
export async function listAuditEntries(staff: Staff | null, slug: string, query: AuditQuery) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) throw new AppError("not_found", "no such event");
  await requireEventRole(staff, event.id, "admin");
  const where = {
    eventId: event.id,
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.actorType ? { actorType: query.actorType } : {}),
  };
  const [total, entries] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { total, page: query.page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), entries };
}
