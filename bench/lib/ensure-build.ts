// Benchmarks measure the production build; it is made first when missing or older than the code.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsStale } from "../../scripts/lib/build";
import { benchServer } from "./scratch-database";

export const root = path.resolve(__dirname, "../..");

export function ensureBuild() {
  if (!buildIsStale(root)) return;
  console.log("▸ Building the app (next build) first …");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    // The build loads the server code, which checks its environment; any valid values do.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: benchServer, ...BENCH_ENV },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export const BENCH_ENV = {
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-bench-only-secret-0000",
  // The benchmarks send thousands of registrations from one address on purpose.
  REGISTRATION_RATE_LIMIT: "1000000000",
};
