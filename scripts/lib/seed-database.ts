// Seeds the database at `url` in a process of its own: the seed goes through the app's services,
// which read their database from the environment once (lib/env.ts, lib/db.ts), and the caller
// (the launcher, the test runner, a benchmark) may be talking to another database or none.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

/** Runs prisma/seed.ts against `url`; resolves with what it printed, rejects with its error output. */
export function seedDatabase(url: string): Promise<string> {
  const child = spawn(
    process.execPath,
    ["--require", "./scripts/lib/server-context.cjs", "--import", "tsx", "prisma/seed.ts"],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: url,
        // The seed signs nothing, but the environment it loads must be complete.
        AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"),
        // The seed sends no mail; no outbox worker starts in it.
        OUTBOX_WORKER: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  let errors = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(output.trim()) : reject(new Error(`Seeding failed: ${(errors || output).trim()}`)),
    );
  });
}
