// `npm test`: type check, lint, unit/integration tests (Vitest) and end-to-end tests (Playwright),
// all against real PostgreSQL, a real SMTP catcher and a real Chromium. `npm test -- unit` or
// `npm test -- e2e` runs one stage.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIsStale } from "./lib/build";
import { resolveChromium } from "./lib/chromium";
import { createDatabase, databaseUrl, dropDatabase, migrate } from "./lib/database";
import { exitWith, FatalError, info } from "./lib/log";
import { assertSupportedNode } from "./lib/node-version";
import { seedDatabase } from "./lib/seed-database";
import { resolveTestServer } from "./lib/test-database";
import { freePort } from "../tests/setup/free-port";

const root = path.resolve(__dirname, "..");
const bin = (pkg: string, file: string) => path.join(root, "node_modules", pkg, file);
const results = path.join(root, "test-results");

function run(
  label: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  info(label);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command, ...args], { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new FatalError(`${label} failed.`))));
  });
}

type Counts = { passed: number; failed: number };

function vitestCounts(): Counts {
  const report = JSON.parse(readFileSync(path.join(results, "vitest.json"), "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwrightCounts(): Counts {
  const report = JSON.parse(readFileSync(path.join(results, "e2e.json"), "utf8"));
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

async function staticChecks() {
  await run("Type check (tsc)", bin("typescript", "bin/tsc"), ["--noEmit"]);
  await run(
    "A renamed column fails the type check (Kysely types from schema.prisma)",
    bin("tsx", "dist/cli.mjs"),
    ["scripts/check-column-rename.ts"],
  );
  await run("Lint (ESLint)", bin("eslint", "bin/eslint.js"), [".", "--max-warnings=0"]);
  await run("Formatting (Prettier)", bin("prettier", "bin/prettier.cjs"), ["--check", "."]);
}

async function unitTests(adminUrl: string): Promise<Counts> {
  const env: NodeJS.ProcessEnv = { ...process.env, TEST_DATABASE_URL: adminUrl, NODE_ENV: "test" };
  const reportFile = path.join(results, "vitest.json");
  try {
    await run(
      "Unit and integration tests (Vitest)",
      bin("vitest", "vitest.mjs"),
      ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`],
      env,
    );
  } finally {
    if (existsSync(reportFile)) printCounts("Vitest", vitestCounts());
  }
  return vitestCounts();
}

async function e2eTests(adminUrl: string): Promise<Counts> {
  const chromium = resolveChromium(root);
  const name = `sik_e2e_${process.pid}`;
  const url = databaseUrl(adminUrl, name);
  await dropDatabase(adminUrl, name);
  await createDatabase(adminUrl, name);
  try {
    await migrate(url);
    await seedDatabase(url);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      ADMIN_EMAILS: "admin@e2e.example.se",
      // Free ports for the app and the mail catcher, asked of the kernel (playwright.config.ts).
      E2E_APP_PORT: String(await freePort()),
      E2E_SMTP_PORT: String(await freePort()),
      E2E_MAIL_WEB_PORT: String(await freePort()),
      ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
    };
    if (buildIsStale(root))
      await run("Production build (next build)", bin("next", "dist/bin/next"), ["build"], env);
    const reportFile = path.join(results, "e2e.json");
    try {
      // `npm test -- e2e accessibility keyboard` runs only the spec files matching those words.
      const filters = process.argv.slice(3);
      await run(
        "End-to-end tests (Playwright, Chromium)",
        bin("@playwright/test", "cli.js"),
        ["test", ...filters],
        // A subset does not wait for the whole suite before its journeys that must run alone.
        filters.length > 0 ? { ...env, E2E_SUBSET: "1" } : env,
      );
    } finally {
      if (existsSync(reportFile)) printCounts("Playwright", playwrightCounts());
    }
    const logCheck = checkAppLog();
    const counts = playwrightCounts();
    return { passed: counts.passed + logCheck.passed, failed: counts.failed + logCheck.failed };
  } finally {
    await dropDatabase(adminUrl, name);
  }
}

// The addresses the e2e run registers, signs in and mails with; none may reach the app's log.
const E2E_ADDRESS = /[^\s@<>"'(),;:]+@(?:e2e\.)?(?:example|exempel)\.se/i;

/** Checks the app's output from the e2e run for the e-mail addresses the run used. */
function checkAppLog(): Counts {
  const file = path.join(results, "app.log");
  const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n") : [];
  const leaks = lines.filter((line) => E2E_ADDRESS.test(line));
  if (lines.length === 0) {
    info("App log check: test-results/app.log is missing or empty ✖");
    return { passed: 0, failed: 1 };
  }
  if (leaks.length > 0) {
    info(`App log check: ${leaks.length} line(s) of test-results/app.log hold an e-mail address ✖`);
    return { passed: 0, failed: 1 };
  }
  info(`App log check: ${lines.length} lines, no e-mail address`);
  return { passed: 1, failed: 0 };
}

function printCounts(runner: string, counts: Counts) {
  info(`${runner}: ${counts.passed} passed, ${counts.failed} failed`);
}

async function main() {
  assertSupportedNode();
  const only = process.argv[2];
  if (only && !["static", "unit", "e2e"].includes(only))
    throw new FatalError(`Unknown stage "${only}": use static, unit or e2e.`);
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  if (!only || only === "static") await staticChecks();
  if (only === "static") return;

  const server = await resolveTestServer(root);
  const total: Counts = { passed: 0, failed: 0 };
  try {
    for (const stage of only ? [only] : ["unit", "e2e"]) {
      const counts = stage === "unit" ? await unitTests(server.adminUrl) : await e2eTests(server.adminUrl);
      total.passed += counts.passed;
      total.failed += counts.failed;
    }
  } finally {
    await server.embedded?.stop();
  }
  console.log(`Tests: ${total.passed} passed, ${total.failed} failed`);
  if (total.failed > 0) throw new FatalError("Some tests or checks failed.");
}

main().catch(exitWith);
