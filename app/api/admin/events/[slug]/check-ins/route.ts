import { slugParam } from "@/lib/actions/action-input";
import { getStaff } from "@/lib/auth/staff-session";
import { queuedCheckIns, syncQueuedCheckIns } from "@/lib/check-in/sync-queued-check-ins";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/check-origin";
import { errorResponse } from "@/lib/http/error-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { requestLocale } from "@/lib/http/request-locale";
import { messagesFor } from "@/lib/i18n/messages";
import { createTranslator } from "next-intl";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/events/{slug}/check-ins (JSON `{ items: [{ id, code, scope, at }] }`): the
 * check-ins the check-in page queued while offline. Answers each item; the session is checked
 * before the body is read.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const asked = new URL(request.url).searchParams.get("locale");
  const locale = asked === "en" || asked === "sv" ? asked : requestLocale(request);
  try {
    if (!slugParam.safeParse(slug).success) throw new AppError("not_found", "no such event");
    assertSameOrigin(request);
    const staff = await getStaff();
    if (!staff) throw new AppError("unauthorized", "not signed in");
    const body = await readJsonBody(request, 512 * 1024);
    if (!body.ok) throw new AppError("validation", "unreadable body", [{ field: "items", code: "invalid" }]);
    const parsed = queuedCheckIns.safeParse(body.value);
    if (!parsed.success) throw new AppError("validation", "bad queue", [{ field: "items", code: "invalid" }]);
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "validation" });
    const results = await syncQueuedCheckIns(staff, slug, parsed.data);
    return Response.json({
      results: results.map((result) =>
        result.outcome === "refused"
          ? {
              ...result,
              message: t.has(result.code as "invalid")
                ? t(result.code as "invalid", result.params)
                : t("invalid"),
            }
          : result,
      ),
    });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
