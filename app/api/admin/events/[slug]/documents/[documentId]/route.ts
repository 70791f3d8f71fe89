import { idParam, slugParam } from "@/lib/actions/action-input";
import { getStaff } from "@/lib/auth/staff-session";
import { readStaffDocument } from "@/lib/documents/read-meeting-documents";
import { isAppError } from "@/lib/errors";
import { pdfDownload } from "@/lib/http/pdf-download";
import { logError } from "@/lib/log";

export const dynamic = "force-dynamic";

/** GET /api/admin/events/{slug}/documents/{id}: any paper of the meeting, published or not, for its staff. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; documentId: string }> },
) {
  const { slug, documentId } = await params;
  const notFound = () => new Response("Not found", { status: 404 });
  if (!slugParam.safeParse(slug).success || !idParam.safeParse(documentId).success) return notFound();
  try {
    return pdfDownload(await readStaffDocument(await getStaff(), slug, documentId));
  } catch (error) {
    if (isAppError(error))
      return error.code === "unauthorized" ? new Response("Sign in", { status: 401 }) : notFound();
    logError("document download failed", error);
    return new Response("Unavailable", { status: 503 });
  }
}
