// Runs the Prisma CLI the way it must run on these machines: no telemetry call, the timer fix
// preloaded, and a placeholder DATABASE_URL for commands that only read the schema (generate).
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");

export function prismaEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
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

/** Runs `prisma <args>`; with stdio "pipe" the output is collected and attached to a failure. */
export function runPrisma(
  args: string[],
  { env = {}, stdio = "inherit" }: { env?: Record<string, string>; stdio?: "inherit" | "pipe" } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, "node_modules", "prisma", "build", "index.js"), ...args],
      {
        cwd: root,
        env: prismaEnv(env),
        stdio,
      },
    );
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(Object.assign(new Error(`prisma ${args.join(" ")} exited with ${code}`), { output })),
    );
  });
}

if (require.main === module) {
  runPrisma(process.argv.slice(2)).catch(() => process.exit(1));
}
