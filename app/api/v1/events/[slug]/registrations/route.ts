import { AppError } from "@/lib/errors";
import { badRequest, errorResponse } from "@/lib/http/error-response";
import { clientAddress } from "@/lib/http/client-address";
import { assertSameOrigin } from "@/lib/http/check-origin";
import { createRegistration } from "@/lib/registrations/create-registration";
import { limitRegistrationSubmits } from "@/lib/registrations/limit-registration-submits";
import { readJsonBody } from "@/lib/http/read-json-body";
import { slugParam } from "@/lib/actions/action-input";
import { requestLocale } from "@/lib/http/request-locale";
import { registrationResponse } from "@/lib/registrations/registration-response";
import { registrationInput } from "@/lib/validation/registration";
import { toFieldIssues } from "@/lib/validation/field-errors";

export const dynamic = "force-dynamic";

/** POST /api/v1/events/{slug}/registrations: the public form's registration as JSON. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const early = requestLocale(request);
  if (!slugParam.safeParse(slug).success)
    return errorResponse(new AppError("not_found", "no such event"), early);
  try {
    assertSameOrigin(request);
  } catch (error) {
    return errorResponse(error, early);
  }
  const address = clientAddress(request.headers);
  // The limit is counted before the body is read: an anonymous caller's work is capped first.
  try {
    await limitRegistrationSubmits(address);
  } catch (error) {
    return errorResponse(error, early);
  }
  const read = await readJsonBody(request);
  if (!read.ok && read.status === 422)
    return errorResponse(
      new AppError("validation", "prototype key", [{ field: read.field, code: "invalid" }]),
      early,
    );
  if (!read.ok) return badRequest(early, read.status);
  const body = read.value;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return badRequest(early);
  const locale = (body as { locale?: unknown }).locale === "en" ? "en" : "sv";
  const headerKey = request.headers.get("idempotency-key");
  const withKey = headerKey && !("idempotencyKey" in body) ? { ...body, idempotencyKey: headerKey } : body;

  const parsed = registrationInput.safeParse(withKey);
  if (!parsed.success) {
    return errorResponse(
      new AppError("validation", "invalid registration", toFieldIssues(parsed.error)),
      locale,
    );
  }
  try {
    const { summary, replayed } = await createRegistration({ ...parsed.data, eventSlug: slug });
    return Response.json(registrationResponse(summary), { status: replayed ? 200 : 201 });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
