import { defineConfig, devices } from "@playwright/test";

// Ports of the servers the e2e run starts. `npm test` gives it ports the kernel says are free
// (scripts/test.ts), so a developer's own servers never collide with a run; run directly, the
// defaults stay away from the usual ones.
const port = (name: string, fallback: number) => Number(process.env[name] || fallback);
export const APP_PORT = port("E2E_APP_PORT", 3100);
export const MAIL_SMTP_PORT = port("E2E_SMTP_PORT", 1725);
export const MAIL_WEB_PORT = port("E2E_MAIL_WEB_PORT", 1780);

const chromiumPath = process.env.CHROMIUM_PATH;
const ALONE = /(^|\/)(registration|check-in)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A whole journey (four steps, an axe scan on each, mails read back) takes 13-15 s alone and up
  // to twice that while the fault specs run their own databases and servers on the same two cores.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ["list"],
    ["json", { outputFile: "test-results/e2e.json" }],
    ["html", { outputFolder: "playwright-report", open: "never" }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      // Keep Chromium off the network: these machines reach only the package registries.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: [/.*\.mobile\.spec\.ts/, ALONE],
      dependencies: ["setup"],
    },
    {
      // Journeys that fill the shared meeting's HYBRIT visit to test its waiting list, and those
      // that read its live check-in counts, run once the others are done, so no other journey's
      // registration joins their queue or check-in moves their count meanwhile.
      name: "alone",
      use: { ...devices["Desktop Chrome"] },
      testMatch: ALONE,
      dependencies: process.env.E2E_SUBSET ? ["setup"] : ["desktop", "phone"],
    },
    {
      name: "phone",
      use: { ...devices["Pixel 7"] },
      testMatch: /.*\.mobile\.spec\.ts/,
      dependencies: ["setup"],
    },
  ],
  webServer: [
    {
      command: `node node_modules/maildev/dist/bin/maildev.js --smtp ${MAIL_SMTP_PORT} --web ${MAIL_WEB_PORT} --ip 127.0.0.1 --web-ip 127.0.0.1 --silent`,
      url: `http://127.0.0.1:${MAIL_WEB_PORT}/api/healthz`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // Everything the app prints is kept, so `npm test` can check it holds no personal data.
      command: `node server.mjs 2>&1 | tee test-results/app.log`,
      url: `http://127.0.0.1:${APP_PORT}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        PUBLIC_BASE_URL: `http://127.0.0.1:${APP_PORT}`,
        PORT: String(APP_PORT),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
        OUTBOX_POLL_SECONDS: "0.3",
        // Every test runs from 127.0.0.1: one client to the app's limits.
        REGISTRATION_RATE_LIMIT: "200",
      },
    },
  ],
});
