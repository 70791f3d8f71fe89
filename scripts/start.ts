// `npm start`: runs the app with nothing else installed. Without DATABASE_URL it starts the
// embedded PostgreSQL in .data/ (created on first run), applies migrations, seeds an empty
// database, builds the app if the build is missing or stale, and serves it until Ctrl-C or SIGTERM.
// Without SMTP_URL it also starts a local mail catcher whose web inbox shows the e-mails sent.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env-schema";
import { buildIsStale } from "./lib/build";
import { assertReachable, createDatabase, hasEvents, migrate } from "./lib/database";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres";
import { startMailCatcher, type MailCatcher } from "./lib/mail-catcher";
import { exitWith, FatalError, info } from "./lib/log";
import { assertSupportedNode } from "./lib/node-version";
import { localAuthSecret } from "./lib/local-auth-secret";
import { seedDatabase } from "./lib/seed-database";

const root = path.resolve(__dirname, "..");
const dev = process.argv.includes("--dev");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const server = path.join(root, "server.mjs");

function loadDotEnv() {
  const file = path.join(root, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [command, ...args], { cwd: root, env, stdio: "inherit" });
}

/** A child's exit as a shell reports it: its code, or 128 + the signal's number when a signal ended it. */
function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.on("exit", (code, signal) =>
      resolve(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1)),
    ),
  );
}

const LOCAL_ADMIN = "admin@example.se";

async function main() {
  assertSupportedNode();
  loadDotEnv();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  let embedded: EmbeddedDatabase | undefined;
  let mailCatcher: MailCatcher | undefined;
  let shuttingDown = false;
  // Set once the app server runs; the signal handler may fire before that.
  const running: { app?: ChildProcess } = {};

  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    info(`Received ${signal}; shutting down.`);
    const { app } = running;
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await exitCode(app);
    }
    await mailCatcher?.stop();
    await embedded?.stop();
    process.exit(0);
  };
  // embedded-postgres installs its own signal hook that exits with 130/143 as soon as PostgreSQL
  // stops, racing the app's shutdown; this launcher stops both itself, in order.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, shutdown);
  }

  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    const dir = path.resolve(root, process.env.EMBEDDED_PG_DIR ?? path.join(".data", "postgres"));
    embedded = await startEmbeddedPostgres({ dir, port });
    await createDatabase(embedded.adminUrl, "sik");
    process.env.DATABASE_URL = embedded.urlFor("sik");
    info(
      `Using the embedded PostgreSQL on 127.0.0.1:${port} (data in ${path.relative(root, dir)}; set DATABASE_URL to use your own).`,
    );
  }

  if (!process.env.SMTP_URL) {
    mailCatcher = await startMailCatcher(root, {
      smtp: Number(process.env.MAILDEV_SMTP_PORT ?? 1025),
      web: Number(process.env.MAILDEV_WEB_PORT ?? 1080),
    });
    process.env.SMTP_URL = mailCatcher.smtpUrl;
    info(
      `No SMTP_URL: e-mails go to a local inbox at ${mailCatcher.inboxUrl} (set SMTP_URL to send for real).`,
    );
    // Trying the app on one's own machine: someone must be able to sign in as staff, and with mail
    // going only to this machine's inbox, a default administrator lets no one else in.
    if (!process.env.ADMIN_EMAILS) {
      process.env.ADMIN_EMAILS = LOCAL_ADMIN;
      info(`Sign in as staff at /admin with ${LOCAL_ADMIN}; the link arrives in the local inbox.`);
    }
  }

  const port = process.env.PORT ?? "3000";
  try {
    process.env.AUTH_SECRET ||= localAuthSecret(path.join(root, ".data"));
    const env = parseEnv(process.env);
    await assertReachable(env.DATABASE_URL);
    await migrate(env.DATABASE_URL);
    if (!(await hasEvents(env.DATABASE_URL))) {
      info("The database is empty: adding the Luleå 2027 meeting and the member municipalities.");
      await seedDatabase(env.DATABASE_URL);
    }

    if (!dev && buildIsStale(root)) {
      info("Building the app (no build yet, or the code changed since): about half a minute.");
      const build = run(nextBin, ["build"], process.env);
      if ((await exitCode(build)) !== 0) throw new FatalError("The build failed; see the output above.");
    }

    info(`Starting on ${env.PUBLIC_BASE_URL} (port ${port}). Press Ctrl-C to stop.`);
  } catch (error) {
    // A bad setting or an unreachable database ends the launcher here: stop what it started, or
    // the local inbox and the embedded database would stay behind and hold their ports.
    await mailCatcher?.stop();
    await embedded?.stop();
    throw error;
  }
  running.app = run(server, dev ? ["--dev"] : [], { ...process.env, PORT: port });
  const code = await exitCode(running.app);
  if (!shuttingDown) {
    // The app died on its own (a crash, or a signal nobody sent through this launcher): exit
    // non-zero, so a supervisor restarts it.
    info(`The app stopped (exit code ${code}).`);
    await mailCatcher?.stop();
    await embedded?.stop();
    process.exit(code === 0 ? 1 : code);
  }
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) exitWith(new FatalError(error.message));
  exitWith(error);
});
