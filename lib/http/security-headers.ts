// Response headers that hold whatever a page renders: a nonce-based Content-Security-Policy stops
// injected inline scripts (Next.js puts the nonce on its own scripts), framing is refused, and
// private links never leak through the Referer header.

/** The CSP for a page rendered with `nonce`; development needs eval for React's tooling. */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Style attributes (the dashboard's bar widths) cannot carry a nonce; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * For API responses: they are data, never documents to run or frame. `sandbox` makes a file
 * someone uploaded (a mandate's PDF) a document of no origin even if a browser opened it.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const HSTS = "max-age=63072000; includeSubDomains";

/** Headers for every response; HSTS only when the request came over HTTPS. */
export function baseSecurityHeaders(https: boolean): Record<string, string> {
  return {
    // "same-origin", not "no-referrer": browsers then send `Origin: null` on form posts, which
    // Next.js rightly refuses for server actions. Other sites still never see a private link.
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // The check-in page uses the camera; nothing needs the microphone or location.
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=()",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
