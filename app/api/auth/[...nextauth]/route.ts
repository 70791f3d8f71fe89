import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { limitSignInRequests } from "@/lib/auth/limit-sign-in-requests";
import { isAppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/check-origin";
import { clientAddress } from "@/lib/http/client-address";
import { badRequest, errorResponse } from "@/lib/http/error-response";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// NextAuth's own forms post URL-encoded bodies of a few hundred bytes.
const MAX_FORM_BYTES = 8 * 1024;

/**
 * Every POST to NextAuth has its body checked first (a form, small) and a request for a sign-in
 * link — any path NextAuth reads as one: "signin", whatever follows — is rate limited per client
 * before NextAuth sees it. The rest is NextAuth's.
 */
async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  try {
    assertSameOrigin(request);
  } catch (error) {
    return errorResponse(error, "sv");
  }
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) return badRequest("sv", 415);
  if (Number(request.headers.get("content-length") ?? MAX_FORM_BYTES + 1) > MAX_FORM_BYTES)
    return badRequest("sv", 413);
  try {
    await request.clone().formData();
  } catch {
    return badRequest("sv");
  }
  if (nextauth[0] === "signin") {
    try {
      await limitSignInRequests(clientAddress(request.headers));
    } catch (error) {
      if (!isAppError(error) || error.code !== "rate_limited") throw error;
      const retryAfter = Number(error.params.retryAfter);
      // NextAuth's client reads the error from the `url` it is given back.
      const url = new URL("/admin/sign-in?error=RateLimited", request.url).toString();
      return Response.json(
        { url, error: "rate_limited", retryAfter },
        { status: 429, headers: { "retry-after": String(retryAfter) } },
      );
    }
  }
  return handler(request, context);
}

export { handler as GET, POST };
