import { getPublicEvent } from "@/lib/events/get-public-event";
import { errorResponse } from "@/lib/http/error-response";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** GET /api/v1/events/{slug}: the public event with its activities and the seats left right now. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = await getPublicEvent(slug);
  if (!event) return errorResponse(new AppError("not_found", "no such event"), "sv");
  return Response.json(event, { headers: { "cache-control": "no-store" } });
}
