import { slugParam } from "@/lib/actions/action-input";
import { getStaff } from "@/lib/auth/staff-session";
import { addMeetingDocument, MAX_DOCUMENT_BYTES } from "@/lib/documents/add-meeting-document";
import { AppError, isAppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/check-origin";
import { multipartForm, readCappedBody } from "@/lib/http/read-capped-body";
import { logError } from "@/lib/log";
import { toFieldIssues } from "@/lib/validation/field-errors";
import { meetingDocumentInput } from "@/lib/validation/meeting-document";

export const dynamic = "force-dynamic";

// The form's other fields and the multipart framing on top of the largest document.
const MAX_BODY_BYTES = MAX_DOCUMENT_BYTES + 16 * 1024;
const TYPED = ["documentKind", "titleSv", "titleEn", "publishedAt", "documentVisibility"] as const;

/**
 * POST /api/admin/events/{slug}/documents (multipart form: the document's fields and `document`,
 * a PDF): adds a paper of the meeting, then goes back to the documents page with what happened
 * and, after a failure, what was typed. A plain form post, so it works without JavaScript; the
 * session is checked and the size capped before anything is parsed.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "sv";
  const back = (query: URLSearchParams) =>
    new Response(null, {
      status: 303,
      headers: {
        location: `${locale === "en" ? "/en" : ""}/admin/events/${slug}/documents?${query}#upload-heading`,
      },
    });
  if (!slugParam.safeParse(slug).success) return new Response("Not found", { status: 404 });
  const typed = new URLSearchParams();
  try {
    assertSameOrigin(request);
    const staff = await getStaff();
    if (!staff) throw new AppError("unauthorized", "not signed in");
    const body = await readCappedBody(request, MAX_BODY_BYTES);
    if (!body) return back(new URLSearchParams({ error: "documentTooLarge", field: "document" }));
    const form = await multipartForm(request, body);
    if (!form) return back(new URLSearchParams({ error: "documentMissing", field: "document" }));
    for (const name of TYPED) {
      const value = form.get(name);
      if (typeof value === "string") typed.set(name, value.slice(0, 200));
    }
    const parsed = meetingDocumentInput.safeParse(
      Object.fromEntries(TYPED.map((name) => [name, typed.get(name) ?? ""])),
    );
    if (!parsed.success) {
      const issue = toFieldIssues(parsed.error)[0]!;
      typed.set("error", issue.code);
      typed.set("field", issue.field);
      return back(typed);
    }
    const file = form.get("document");
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    await addMeetingDocument(staff, slug, parsed.data, {
      name: file instanceof File ? file.name : "",
      bytes,
    });
    return back(new URLSearchParams({ added: "1" }));
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "unauthorized")
        return new Response(null, {
          status: 303,
          headers: { location: locale === "en" ? "/en/admin" : "/admin" },
        });
      if (error.code === "forbidden" || error.code === "not_found")
        return new Response("Not found", { status: 404 });
      typed.set("error", error.fields[0]?.code ?? error.messageKey ?? "documentMissing");
      typed.set("field", error.fields[0]?.field ?? "document");
      return back(typed);
    }
    logError("document upload failed", error);
    typed.set("error", "failed");
    return back(typed);
  }
}
