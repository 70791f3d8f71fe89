import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { freePort } from "../setup/free-port";
import { isRunning, postmasterPid as postmasterPidIn } from "./helpers/postmaster";

const dir = mkdtempSync(path.join(tmpdir(), "sik-embedded-"));
const port = await freePort();

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const postmasterPid = () => postmasterPidIn(path.join(dir, "data"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// initdb and first start can take a while when the machine is busy with the rest of the suite.
describe("embedded PostgreSQL", { timeout: 120_000 }, () => {
  it("starts with a password, keeps data across restarts and stops cleanly", async () => {
    const first = await startEmbeddedPostgres({ dir, port });
    expect(first.adminUrl).toMatch(/^postgresql:\/\/postgres:[^@]+@127\.0\.0\.1:/);
    await query(first.adminUrl, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    const pid = postmasterPid();
    await first.stop();
    expect(isRunning(pid)).toBe(false);

    const second = await startEmbeddedPostgres({ dir, port });
    expect(await query(second.adminUrl, "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
    await second.stop();
  });

  it("recovers from a postmaster left behind by a killed run", async () => {
    const holder = spawn(
      process.execPath,
      ["--import", "tsx", "tests/integration/helpers/hold-embedded-postgres.ts", dir, String(port)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    await new Promise<void>((resolve) =>
      holder.stdout.on("data", (chunk) => String(chunk).includes("ready") && resolve()),
    );
    const orphan = postmasterPid();
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.on("exit", resolve));
    expect(isRunning(orphan)).toBe(true);

    const recovered = await startEmbeddedPostgres({ dir, port });
    expect(isRunning(orphan)).toBe(false);
    expect(await query(recovered.adminUrl, "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
    await recovered.stop();
  });
});
