import { getStaff } from "@/lib/auth/staff-session";
import { errorResponse } from "@/lib/http/error-response";
import { attachment } from "@/lib/http/attachment";
import { idParam, slugParam } from "@/lib/actions/action-input";
import { AppError } from "@/lib/errors";
import { exportPerson } from "@/lib/privacy/export-person";

export const dynamic = "force-dynamic";

/** GET /api/admin/events/{slug}/participants/{id}/personal-data: everything about one person, as JSON. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; attendeeId: string }> },
) {
  const { slug, attendeeId } = await params;
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "sv";
  if (!slugParam.safeParse(slug).success || !idParam.safeParse(attendeeId).success)
    return errorResponse(new AppError("not_found", "no such person"), locale);
  try {
    const data = await exportPerson(await getStaff(), slug, attendeeId);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": attachment(`personuppgifter-${attendeeId.slice(0, 8)}.json`),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
