import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getStaff } from "@/lib/auth/staff-session";
import { buildExport, EXPORT_KINDS } from "@/lib/exports/build-export";
import { CONTENT_TYPES } from "@/lib/exports/export-table";
import { writeExport } from "@/lib/exports/write-export";
import { errorResponse } from "@/lib/http/error-response";
import { toFieldIssues } from "@/lib/validation/field-errors";

export const dynamic = "force-dynamic";

const query = z.object({
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(["csv", "xlsx", "pdf"]).default("xlsx"),
  locale: z.enum(["sv", "en"]).default("sv"),
  activity: z.string().max(50).optional(),
  version: z.coerce.number().int().min(1).max(10000).optional(),
});

/** GET /api/admin/events/{slug}/exports/{kind}?format=csv|xlsx|pdf&locale=sv|en[&activity=key] */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; kind: string }> }) {
  const { slug, kind } = await params;
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
    });
    return new Response(await writeExport(table, format), {
      headers: {
        "content-type": CONTENT_TYPES[format],
        "content-disposition": `attachment; filename="${table.fileName}.${format}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
