import "server-only";
import { db, type DbOrTx } from "@/lib/db";

export type PublicEventSummary = {
  slug: string;
  name: { sv: string; en: string };
  summary: { sv: string; en: string };
  startsAt: Date;
  endsAt: Date;
  city: string;
};

/** Published events that have not ended, soonest first. */
export async function listPublicEvents(now: Date, client: DbOrTx = db): Promise<PublicEventSummary[]> {
  const events = await client.event.findMany({
    where: { status: { in: ["open", "closed"] }, endsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
  });
  return events.map((event) => ({
    slug: event.slug,
    name: { sv: event.nameSv, en: event.nameEn },
    summary: { sv: event.summarySv, en: event.summaryEn },
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    city: event.city,
  }));
}
