import { idParam, slugParam } from "@/lib/actions/action-input";
import { getStaff } from "@/lib/auth/staff-session";
import { isAppError } from "@/lib/errors";
import { pdfDownload } from "@/lib/http/pdf-download";
import { logError } from "@/lib/log";
import { readStaffMandateFile } from "@/lib/mandates/read-mandate-file";

export const dynamic = "force-dynamic";

/** GET /api/admin/events/{slug}/mandates/{organisationId}: a member's uploaded mandate, as a download only. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; organisationId: string }> },
) {
  const { slug, organisationId } = await params;
  const notFound = () => new Response("Not found", { status: 404 });
  if (!slugParam.safeParse(slug).success || !idParam.safeParse(organisationId).success) return notFound();
  try {
    return pdfDownload(await readStaffMandateFile(await getStaff(), slug, organisationId));
  } catch (error) {
    if (isAppError(error))
      return error.code === "unauthorized" ? new Response("Sign in", { status: 401 }) : notFound();
    logError("mandate download failed", error);
    return new Response("Unavailable", { status: 503 });
  }
}
