import { getStaff } from "@/lib/auth/staff-session";
import { isAppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/check-origin";
import { multipartForm, readCappedBody } from "@/lib/http/read-capped-body";
import { logError } from "@/lib/log";
import { startRegisterImport } from "@/lib/organisations/start-register-import";

export const dynamic = "force-dynamic";

// A register of a few hundred rows is well under this; more is not a member register.
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * POST /api/admin/members/import (multipart form: `file`, CSV or XLSX): reads the register and
 * opens its preview; nothing is imported until the administrator says so there. A plain form
 * post, capped before it is parsed; every outcome is a page with words, never an error page.
 */
export async function POST(request: Request) {
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "sv";
  const prefix = locale === "en" ? "/en" : "";
  const seeOther = (path: string) =>
    new Response(null, { status: 303, headers: { location: `${prefix}${path}` } });
  const refused = (code: string) => seeOther(`/admin/members/import?error=${code}`);
  try {
    assertSameOrigin(request);
    const staff = await getStaff();
    const body = await readCappedBody(request, MAX_BODY_BYTES);
    if (!body) return refused("importFileType");
    const form = await multipartForm(request, body);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0) return refused("importEmpty");
    const { id } = await startRegisterImport(staff, file.name, new Uint8Array(await file.arrayBuffer()));
    return seeOther(`/admin/members/import/${id}`);
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "unauthorized") return seeOther("/admin");
      if (error.code === "forbidden") return new Response("Not found", { status: 404 });
      return refused(error.fields[0]?.code ?? "importFileType");
    }
    logError("register import failed", error);
    return refused("importFailed");
  }
}
