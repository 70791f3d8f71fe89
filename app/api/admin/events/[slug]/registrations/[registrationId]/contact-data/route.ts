import { getStaff } from "@/lib/auth/staff-session";
import { errorResponse } from "@/lib/http/error-response";
import { attachment } from "@/lib/http/attachment";
import { idParam, slugParam } from "@/lib/actions/action-input";
import { AppError } from "@/lib/errors";
import { exportContact } from "@/lib/privacy/export-contact";

export const dynamic = "force-dynamic";

/** GET /api/admin/events/{slug}/registrations/{id}/contact-data: all about the contact person, as JSON. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; registrationId: string }> },
) {
  const { slug, registrationId } = await params;
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "sv";
  if (!slugParam.safeParse(slug).success || !idParam.safeParse(registrationId).success)
    return errorResponse(new AppError("not_found", "no such registration"), locale);
  try {
    const data = await exportContact(await getStaff(), slug, registrationId);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": attachment(`kontaktperson-${registrationId.slice(0, 8)}.json`),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
