import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // They read their own font and template files from disk at run time, which bundling would break.
  serverExternalPackages: ["pdfkit", "exceljs"],
  // The build checks the app's own code; tests and tooling are checked by `npm test` (tsc), and
  // need dev dependencies a production install leaves out.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default withNextIntl(nextConfig);
