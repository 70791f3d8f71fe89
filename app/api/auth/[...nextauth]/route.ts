import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { limitSignInRequests } from "@/lib/auth/limit-sign-in-requests";
import { isAppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/check-origin";
import { clientAddress } from "@/lib/http/client-address";
import { errorResponse } from "@/lib/http/error-response";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** Requests for a sign-in link are rate limited before NextAuth sees them; the rest is NextAuth's. */
async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  try {
    assertSameOrigin(request);
  } catch (error) {
    return errorResponse(error, "sv");
  }
  if (nextauth.join("/") === "signin/email") {
    const form = await request.clone().formData();
    try {
      await limitSignInRequests(clientAddress(request.headers), String(form.get("email") ?? ""));
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
