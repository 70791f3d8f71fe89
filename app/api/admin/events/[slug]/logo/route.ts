import { slugParam } from "@/lib/actions/action-input";
import { getStaff } from "@/lib/auth/staff-session";
import { isAppError } from "@/lib/errors";
import { MAX_LOGO_BYTES, saveHostLogo } from "@/lib/events/save-host-logo";
import { assertSameOrigin } from "@/lib/http/check-origin";
import { multipartForm, readCappedBody } from "@/lib/http/read-capped-body";
import { logError } from "@/lib/log";

export const dynamic = "force-dynamic";

// The form's other fields and the multipart framing on top of the largest logo.
const MAX_BODY_BYTES = MAX_LOGO_BYTES + 16 * 1024;

/**
 * POST /api/admin/events/{slug}/logo (multipart form: `logo` file, or `intent=remove`): stores or
 * removes the host's logo, then goes back to the settings page with what happened. A plain form
 * post, so it works without JavaScript; the size is capped here, before anything is parsed.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "sv";
  // A path, not an address built from the request: behind a proxy or on 127.0.0.1 the request's
  // host may differ from the page's, and a form's redirect to another origin is blocked by the CSP.
  const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path } });
  const back = (query: string) =>
    seeOther(`${locale === "en" ? "/en" : ""}/admin/events/${slug}/settings?${query}#logo-heading`);
  if (!slugParam.safeParse(slug).success) return new Response("Not found", { status: 404 });
  try {
    assertSameOrigin(request);
    const staff = await getStaff();
    const body = await readCappedBody(request, MAX_BODY_BYTES);
    if (!body) return back("logo=logoTooLarge");
    const form = await multipartForm(request, body);
    if (!form) return back("logo=logoMissing");
    if (form.get("intent") === "remove") {
      await saveHostLogo(staff, slug, null);
      return back("logo=removed");
    }
    const file = form.get("logo");
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    await saveHostLogo(staff, slug, bytes);
    return back("logo=saved");
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "unauthorized") return seeOther(locale === "en" ? "/en/admin" : "/admin");
      if (error.code === "forbidden" || error.code === "not_found")
        return new Response("Not found", { status: 404 });
      return back(`logo=${error.fields[0]?.code ?? error.messageKey ?? "logoMissing"}`);
    }
    logError("logo upload failed", error);
    return back("logo=failed");
  }
}
