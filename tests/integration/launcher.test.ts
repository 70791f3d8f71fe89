// `npm start` as a new user runs it: no DATABASE_URL, so the embedded PostgreSQL starts, the app
// is migrated, seeded and served; Ctrl-C stops everything; a second start reuses the data.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../setup/free-port";
import { isRunning, postmasterPid as postmasterPidIn } from "./helpers/postmaster";

const dir = mkdtempSync(path.join(tmpdir(), "sik-launcher-"));
const pgPort = await freePort();
const appPort = await freePort();
const mailPorts = { smtp: await freePort(), web: await freePort() };

function launch(env: Record<string, string | undefined>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk) => (output.stdout += chunk));
  child.stderr.on("data", (chunk) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

async function waitForHealth(child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`http://127.0.0.1:${appPort}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not become healthy");
}

const postmasterPid = () => postmasterPidIn(path.join(dir, "data"));

const embeddedEnv = {
  EMBEDDED_PG_DIR: dir,
  EMBEDDED_PG_PORT: String(pgPort),
  PORT: String(appPort),
  MAILDEV_SMTP_PORT: String(mailPorts.smtp),
  MAILDEV_WEB_PORT: String(mailPorts.web),
  SMTP_URL: undefined,
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm start", () => {
  it(
    "serves the seeded meeting on the embedded database and stops it on Ctrl-C",
    { timeout: 240_000 },
    async () => {
      const first = launch(embeddedEnv);
      await waitForHealth(first.child, 200_000);
      expect(first.output.stdout).toContain("first run");
      expect(first.output.stdout).toContain("adding the Luleå 2027 meeting");
      expect(first.output.stdout).toContain(
        `e-mails go to a local inbox at http://127.0.0.1:${mailPorts.web}`,
      );
      expect((await fetch(`http://127.0.0.1:${mailPorts.web}/api/healthz`)).ok).toBe(true);

      const swedish = await fetch(`http://127.0.0.1:${appPort}/events/lulea-2027`);
      expect(swedish.status).toBe(200);
      expect(await swedish.text()).toContain("Nätverksträff med årsmöte i Luleå");
      const english = await fetch(`http://127.0.0.1:${appPort}/en/events/lulea-2027`);
      expect(await english.text()).toContain("Network meeting and annual meeting in Luleå");

      const postgres = postmasterPid();
      first.child.kill("SIGINT");
      expect(await first.exited).toBe(0);
      expect(isRunning(postgres)).toBe(false);

      const second = launch(embeddedEnv);
      await waitForHealth(second.child, 60_000);
      expect(second.output.stdout).not.toContain("first run");
      expect(second.output.stdout).not.toContain("adding the Luleå 2027 meeting");
      const again = postmasterPid();
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
      expect(isRunning(again)).toBe(false);
    },
  );

  it.each([
    [
      "a malformed DATABASE_URL",
      "mysql://someone@somewhere/db",
      /^✖ Configuration error: DATABASE_URL is malformed/,
    ],
    [
      "an unreachable database",
      "postgresql://postgres@127.0.0.1:1/none",
      /^✖ Cannot reach the database at 127\.0\.0\.1:1\/none/,
    ],
  ])(
    "explains %s in one line, without a stack trace, and leaves nothing running",
    async (_case, url, message) => {
      const run = launch({
        DATABASE_URL: url,
        PORT: String(appPort),
        MAILDEV_SMTP_PORT: String(mailPorts.smtp),
        MAILDEV_WEB_PORT: String(mailPorts.web),
        SMTP_URL: undefined,
      });
      expect(await run.exited).toBe(1);
      const lines = run.output.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      // The local inbox it had started is gone, so the next start finds its ports free.
      await expect(fetch(`http://127.0.0.1:${mailPorts.web}/api/healthz`)).rejects.toThrow();
    },
  );
});
