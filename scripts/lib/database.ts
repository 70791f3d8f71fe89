// Database chores shared by the launcher and the test runner.
import pg from "pg";
import { runPrisma } from "../prisma";
import { FatalError } from "./log";

function describe(url: string) {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.slice(1)}`;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Throws a one-line FatalError when the database cannot be reached. */
export async function assertReachable(url: string) {
  try {
    await withClient(url, (client) => client.query("SELECT 1"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FatalError(
      `Cannot reach the database at ${describe(url)}: ${reason}. Check DATABASE_URL and that PostgreSQL is running.`,
    );
  }
}

export async function canConnect(url: string): Promise<boolean> {
  try {
    await withClient(url, (client) => client.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

export async function createDatabase(adminUrl: string, name: string, template?: string) {
  await withClient(adminUrl, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount) return;
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  });
}

export async function dropDatabase(adminUrl: string, name: string) {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function migrate(url: string) {
  try {
    await runPrisma(["migrate", "deploy"], { env: { DATABASE_URL: url }, stdio: "pipe" });
  } catch (error) {
    const output = (error as { output?: string }).output ?? "";
    const reason = output.split("\n").find((line) => /error/i.test(line)) ?? "see `npm run db:migrate`";
    throw new FatalError(`Applying database migrations to ${describe(url)} failed: ${reason.trim()}`);
  }
}

export async function hasEvents(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const result = await client.query('SELECT EXISTS (SELECT 1 FROM "Event") AS present');
    return Boolean(result.rows[0]?.present);
  });
}

/** The rows of one SQL statement on a connection of its own, for tools, tests and benchmarks. */
export async function queryRows<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
) {
  return withClient(url, async (client) => (await client.query<T>(sql, values)).rows);
}
