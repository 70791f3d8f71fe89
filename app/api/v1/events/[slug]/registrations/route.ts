import { AppError } from "@/lib/errors";
import { badRequest, errorResponse } from "@/lib/http/error-response";
import { clientAddress } from "@/lib/http/client-address";
import { assertSameOrigin } from "@/lib/http/check-origin";
import { submitRegistration } from "@/lib/registrations/submit-registration";
import { registrationResponse } from "@/lib/registrations/registration-response";
import { registrationInput } from "@/lib/validation/registration";
import { toFieldIssues } from "@/lib/validation/field-errors";

export const dynamic = "force-dynamic";

/** POST /api/v1/events/{slug}/registrations: the public form's registration as JSON. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    assertSameOrigin(request);
  } catch (error) {
    return errorResponse(error, "sv");
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return badRequest("sv");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return badRequest("sv");
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
    const { summary, replayed } = await submitRegistration(
      { ...parsed.data, eventSlug: slug },
      clientAddress(request.headers),
    );
    return Response.json(registrationResponse(summary), { status: replayed ? 200 : 201 });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
