import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Titles in <head> from the first byte for every browser, not streamed into <body> later:
  // screen readers announce the page title on load (WCAG 2.4.2), and our metadata is cheap.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  typedRoutes: false,
  // They read their own font and template files from disk at run time, which bundling would break.
  serverExternalPackages: ["pdfkit", "exceljs"],
  // The build checks the app's own code; tests and tooling are checked by `npm test` (tsc), and
  // need dev dependencies a production install leaves out.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default withNextIntl(nextConfig);
