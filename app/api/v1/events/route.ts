import { listPublicEvents } from "@/lib/events/list-public-events";

export const dynamic = "force-dynamic";

/** GET /api/v1/events: the published meetings that have not ended, soonest first. */
export async function GET() {
  const events = await listPublicEvents(new Date());
  return Response.json({ events }, { headers: { "cache-control": "no-store" } });
}
