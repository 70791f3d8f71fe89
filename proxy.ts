import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { baseSecurityHeaders, contentSecurityPolicy } from "@/lib/http/security-headers";
import { messagesFor } from "@/lib/i18n/messages";
import { createTranslator } from "next-intl";

const handleI18nRouting = createMiddleware(routing);

const MANAGE_PAGE = /^\/(en\/)?manage\/[^/]+/;

/** The page a client gets when it may not open private links for a while (429, Retry-After). */
function tooManyAttempts(locale: "sv" | "en", retryAfter: number, headers: Record<string, string>) {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "manage" });
  const title = t("invalidTitle");
  const text = t("tooManyAttempts", { minutes: Math.ceil(retryAfter / 60) });
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: {
      ...headers,
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(retryAfter),
      "cache-control": "no-store",
    },
  });
}

function isHttps(request: NextRequest): boolean {
  // Behind a proxy that ends TLS, the original scheme arrives in X-Forwarded-Proto.
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

/**
 * Localises page paths and puts security headers, with a fresh CSP nonce, on every page. The API's
 * headers are static and come from next.config.ts instead: running this for every API request
 * cost a registration a sixth of its CPU (docs/performance.md).
 */
export default async function proxy(request: NextRequest) {
  const base = baseSecurityHeaders(isHttps(request));
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const manage = MANAGE_PAGE.exec(request.nextUrl.pathname);
  if (manage) {
    // A page cannot answer 429 itself: a client that tried too many unknown private links is
    // answered here, before the page is rendered, like every other limit of the app.
    const { tokenAttemptsRetryAfter } = await import("@/lib/rate-limit/token-misses");
    const { clientAddress } = await import("@/lib/http/client-address");
    const retryAfter = await tokenAttemptsRetryAfter("manage-token", clientAddress(request.headers));
    if (retryAfter > 0)
      return tooManyAttempts(manage[1] ? "en" : "sv", retryAfter, {
        ...base,
        "Content-Security-Policy": policy,
      });
  }
  // Next.js reads the nonce from the request's CSP header while rendering and puts it on its scripts.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  for (const [name, value] of Object.entries(base)) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every page path: not the API, Next's static assets or files with an extension (icons).
  matcher: ["/((?!api|_next/static|_next/image|_vercel|.*\\..*).*)"],
};
