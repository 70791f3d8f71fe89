import { idParam, slugParam } from "@/lib/actions/action-input";
import { getStaff, type Staff } from "@/lib/auth/staff-session";
import { AppError } from "@/lib/errors";
import { attachment } from "@/lib/http/attachment";
import { errorResponse } from "@/lib/http/error-response";

/**
 * A GET route handler for one record's personal data as a JSON download (GDPR Art. 15): the
 * event's slug and the record's id checked before the staff session, the export audited by
 * `load`, the file never cached.
 */
export function personalDataDownload(
  idKey: string,
  fileName: string,
  load: (staff: Staff | null, slug: string, id: string) => Promise<unknown>,
) {
  return async (request: Request, { params }: { params: Promise<Record<string, string>> }) => {
    const { slug = "", [idKey]: id = "" } = await params;
    const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "sv";
    if (!slugParam.safeParse(slug).success || !idParam.safeParse(id).success)
      return errorResponse(new AppError("not_found", "no such record"), locale);
    try {
      const data = await load(await getStaff(), slug, id);
      return new Response(JSON.stringify(data, null, 2), {
        headers: {
          "content-type": "application/json; charset=utf-8",
          "content-disposition": attachment(`${fileName}-${id.slice(0, 8)}.json`),
          "cache-control": "no-store",
        },
      });
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
}
