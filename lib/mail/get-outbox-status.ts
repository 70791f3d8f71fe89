import "server-only";
import { db } from "@/lib/db";

/** Counts per delivery state and the mails that failed for good, newest first (all events, or one). */
export async function getOutboxStatus(limit = 50, eventId?: string) {
  const scope = eventId ? { eventId } : {};
  const [counts, failed] = await Promise.all([
    db.outboxEmail.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.outboxEmail.findMany({
      where: { status: "failed", ...scope },
      orderBy: { updatedAt: "desc" },
      take: limit,
      select: { id: true, recipient: true, template: true, attempts: true, lastError: true, updatedAt: true },
    }),
  ]);
  return {
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<
      Record<string, number>
    >,
    failed,
  };
}
