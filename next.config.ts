import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, baseSecurityHeaders, HSTS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Titles in <head> from the first byte for every browser, not streamed into <body> later:
  // screen readers announce the page title on load (WCAG 2.4.2), and our metadata is cheap.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  typedRoutes: false,
  // They read their own font and template files from disk at run time, which bundling would break.
  serverExternalPackages: ["pdfkit", "@cj-tech-master/excelts"],
  // The build checks the app's own code; tests and tooling are checked by `npm test` (tsc), and
  // need dev dependencies a production install leaves out.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // The API's security headers are the same for every response, so they are set here rather than
  // by proxy.ts, which then need not run for API requests. HSTS only when the request came over
  // HTTPS (the proxy in front of the app says so in X-Forwarded-Proto).
  async headers() {
    const headers = { ...baseSecurityHeaders(false), "Content-Security-Policy": API_CONTENT_SECURITY_POLICY };
    return [
      {
        source: "/api/:path*",
        headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
      },
      {
        source: "/api/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https.*" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
