import { idParam } from "@/lib/actions/action-input";
import { readDelegateDocument } from "@/lib/documents/read-meeting-documents";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { pdfDownload } from "@/lib/http/pdf-download";
import { logError } from "@/lib/log";
import { resolveManageTokenFrom } from "@/lib/registrations/manage-access";

export const dynamic = "force-dynamic";

/** GET /api/manage/{token}/documents/{id}: a published paper of the meeting, for someone registered. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ token: string; documentId: string }> },
) {
  const { token, documentId } = await params;
  const notFound = () => new Response("Not found", { status: 404 });
  if (!idParam.safeParse(documentId).success) return notFound();
  try {
    const access = await resolveManageTokenFrom(token, clientAddress(request.headers));
    if (!access) return notFound();
    return pdfDownload(await readDelegateDocument(access, documentId));
  } catch (error) {
    if (isAppError(error))
      return error.code === "rate_limited" ? new Response("Too many attempts", { status: 429 }) : notFound();
    logError("document download failed", error);
    return new Response("Unavailable", { status: 503 });
  }
}
