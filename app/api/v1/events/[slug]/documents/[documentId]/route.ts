import { idParam, slugParam } from "@/lib/actions/action-input";
import { readPublicDocument } from "@/lib/documents/read-meeting-documents";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { pdfDownload } from "@/lib/http/pdf-download";

export const dynamic = "force-dynamic";

/** GET /api/v1/events/{slug}/documents/{id}: a paper of the meeting published for everyone, as a download. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; documentId: string }> },
) {
  const { slug, documentId } = await params;
  try {
    if (!slugParam.safeParse(slug).success || !idParam.safeParse(documentId).success)
      throw new AppError("not_found", "no such document");
    return pdfDownload(await readPublicDocument(slug, documentId));
  } catch (error) {
    return errorResponse(error, "sv");
  }
}
