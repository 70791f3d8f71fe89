import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getStaff } from "@/lib/auth/staff-session";
import { buildExport, EXPORT_KINDS } from "@/lib/exports/build-export";
import { CONTENT_TYPES } from "@/lib/exports/export-table";
import { writeExport } from "@/lib/exports/write-export";
import { errorResponse } from "@/lib/http/error-response";
import { attachment } from "@/lib/http/attachment";
import { slugParam } from "@/lib/actions/action-input";
import { toFieldIssues } from "@/lib/validation/field-errors";

export const dynamic = "force-dynamic";

const query = z.object({
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(["csv", "xlsx", "pdf"]).default("xlsx"),
  locale: z.enum(["sv", "en"]).default("sv"),
  // An activity's key: it becomes part of the file name.
  activity: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,49}$/)
    .optional(),
  version: z.coerce.number().int().min(1).max(10000).optional(),
  hotel: z.uuid().optional(),
});

/** GET /api/admin/events/{slug}/exports/{kind}?format=csv|xlsx|pdf&locale=sv|en[&activity=key] */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; kind: string }> }) {
  const { slug, kind } = await params;
  if (!slugParam.safeParse(slug).success)
    return errorResponse(new AppError("not_found", "no such event"), "sv");
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = query.safeParse({ ...search, kind });
  const locale = search.locale === "en" ? "en" : "sv";
  if (!parsed.success)
    return errorResponse(new AppError("validation", "bad export query", toFieldIssues(parsed.error)), locale);
  try {
    const { format } = parsed.data;
    const table = await buildExport(await getStaff(), {
      slug,
      ...parsed.data,
      activityKey: parsed.data.activity,
      hotelId: parsed.data.hotel,
    });
    return new Response(await writeExport(table, format), {
      headers: {
        "content-type": CONTENT_TYPES[format],
        "content-disposition": attachment(`${table.fileName}.${format}`),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
