import "server-only";
import { db, type DbOrTx } from "@/lib/db";

/** The last few meetings that were published and have ended, latest first, for a short list. */
export async function listPastEvents(now: Date, limit = 3, client: DbOrTx = db) {
  const events = await client.event.findMany({
    where: { status: { in: ["open", "closed", "archived"] }, endsAt: { lt: now } },
    orderBy: { startsAt: "desc" },
    take: limit,
    select: { slug: true, nameSv: true, nameEn: true, startsAt: true, endsAt: true, city: true },
  });
  return events.map((event) => ({
    slug: event.slug,
    name: { sv: event.nameSv, en: event.nameEn },
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    city: event.city,
  }));
}
