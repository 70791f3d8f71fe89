import { isAppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/check-origin";
import { clientAddress } from "@/lib/http/client-address";
import { multipartForm, readCappedBody } from "@/lib/http/read-capped-body";
import { pdfDownload } from "@/lib/http/pdf-download";
import { logError } from "@/lib/log";
import { readContactMandateFile } from "@/lib/mandates/read-mandate-file";
import { MAX_MANDATE_BYTES, uploadMandate } from "@/lib/mandates/upload-mandate";
import { resolveManageTokenFrom } from "@/lib/registrations/manage-access";

export const dynamic = "force-dynamic";

// The form's other fields and the multipart framing on top of the largest mandate.
const MAX_BODY_BYTES = MAX_MANDATE_BYTES + 16 * 1024;

const notFound = () => new Response("Not found", { status: 404 });

/** The access the private link grants, or null; unknown links count against the client's limit. */
async function contactAccess(request: Request, token: string) {
  const access = await resolveManageTokenFrom(token, clientAddress(request.headers));
  return access?.kind === "contact" ? access : null;
}

/**
 * POST /api/manage/{token}/mandate (multipart form: `mandate`, a PDF): the member's contact
 * uploads the mandate, then goes back to the page with what happened. A plain form post, so it
 * works without JavaScript; the link is checked first and the size capped before anything is parsed.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "sv";
  const back = (notice: string) =>
    new Response(null, {
      status: 303,
      headers: {
        location: `${locale === "en" ? "/en" : ""}/manage/${token}/annual-meeting?mandate=${notice}#upload-heading`,
      },
    });
  try {
    assertSameOrigin(request);
    const access = await contactAccess(request, token);
    if (!access) return notFound();
    const body = await readCappedBody(request, MAX_BODY_BYTES);
    if (!body) return back("mandateTooLarge");
    const form = await multipartForm(request, body);
    const file = form?.get("mandate");
    if (!(file instanceof File)) return back("mandateMissing");
    await uploadMandate(
      { kind: "contact", access },
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    );
    return back("saved");
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "validation") return back(error.fields[0]?.code ?? "failed");
      if (error.code === "rate_limited") return new Response("Too many attempts", { status: 429 });
      return notFound();
    }
    logError("mandate upload failed", error);
    return back("failed");
  }
}

/** GET /api/manage/{token}/mandate: the uploaded mandate, as a download only. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const access = await contactAccess(request, token);
    if (!access) return notFound();
    return pdfDownload(await readContactMandateFile(access));
  } catch (error) {
    if (isAppError(error))
      return error.code === "rate_limited" ? new Response("Too many attempts", { status: 429 }) : notFound();
    logError("mandate download failed", error);
    return new Response("Unavailable", { status: 503 });
  }
}
