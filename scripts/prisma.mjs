// Runs the Prisma CLI the way it must run on these machines: no telemetry call, the timer fix
// preloaded, and a placeholder DATABASE_URL for commands that only need the schema (generate).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export function prismaEnv(extra = {}) {
  const preload = `--require ${path.join(root, "scripts", "unref-timers.cjs")}`;
  return {
    ...process.env,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    DATABASE_URL: process.env.DATABASE_URL || "postgresql://placeholder@127.0.0.1:5432/placeholder",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" "),
    ...extra,
  };
}

export function runPrisma(args, { env = {}, stdio = "inherit" } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), ...args], {
      cwd: root,
      env: prismaEnv(env),
      stdio,
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(Object.assign(new Error(`prisma ${args.join(" ")} exited with ${code}`), { output })),
    );
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runPrisma(process.argv.slice(2)).catch((error) => {
    if (error.output) process.stderr.write(error.output);
    process.exit(1);
  });
}
