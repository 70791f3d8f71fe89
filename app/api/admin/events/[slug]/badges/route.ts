import { Readable } from "node:stream";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getStaff } from "@/lib/auth/staff-session";
import { buildBadges } from "@/lib/badges/build-badges";
import { errorResponse } from "@/lib/http/error-response";
import { attachment } from "@/lib/http/attachment";
import { slugParam } from "@/lib/actions/action-input";
import { toFieldIssues } from "@/lib/validation/field-errors";

export const dynamic = "force-dynamic";

const query = z.object({
  locale: z.enum(["sv", "en"]).default("sv"),
  attendee: z.uuid().optional(),
});

/** GET /api/admin/events/{slug}/badges?locale=sv|en[&attendee=id]: A4 sheets, or one badge. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!slugParam.safeParse(slug).success)
    return errorResponse(new AppError("not_found", "no such event"), "sv");
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = query.safeParse(search);
  const locale = search.locale === "en" ? "en" : "sv";
  if (!parsed.success)
    return errorResponse(new AppError("validation", "bad badge query", toFieldIssues(parsed.error)), locale);
  try {
    const { stream, fileName } = await buildBadges(await getStaff(), {
      slug,
      locale: parsed.data.locale,
      attendeeId: parsed.data.attendee,
    });
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": attachment(`${fileName}.pdf`),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
