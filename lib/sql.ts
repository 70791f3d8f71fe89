import "server-only";
import pg from "pg";
import Cursor from "pg-cursor";
import { env } from "./env";
import { logError } from "./log";
import type { DbOrTx } from "./db";

/**
 * The process's one PostgreSQL connection pool. Prisma's adapter runs on it, and so do the few
 * hot paths that speak SQL directly (taking a registration, the registration summary): there a
 * Prisma query costs the app server ~1 ms of CPU in its query compiler against ~0.1 ms for the
 * same statement through `pg` (docs/performance.md). Everything else goes through Prisma.
 */
function createPool() {
  const created = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  // An idle connection dropped by a database restart must not crash the process; the next query
  // opens a new one.
  created.on("error", (error) => logError("database pool", error));
  return created;
}

// Kept on globalThis, in production too: Next.js evaluates this module once per bundle in the same
// process (the instrumentation hook with the outbox worker, route handlers, page rendering), which
// made three pools and so three times DATABASE_POOL_SIZE connections per instance. Its dev server
// also re-evaluates modules on every change.
const globalForSql = globalThis as unknown as { sqlPool?: pg.Pool };

export const pool = (globalForSql.sqlPool ??= createPool());

export type Sql = pg.Pool | pg.PoolClient;

/** Runs `work` in one transaction on one connection: committed if it returns, rolled back if it throws. */
export async function inSqlTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    // A connection that cannot even roll back is dropped from the pool rather than reused.
    await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * A query's rows read in batches through a server-side cursor, on a connection of their own while
 * the reader reads: memory stays flat however many rows there are. The connection is taken at the
 * first read and given back when the rows run out or the reader stops early (a `for await` that
 * breaks or throws), so a generator nobody reads holds nothing.
 */
export async function* streamRows<Row>(
  text: string,
  values: unknown[],
  batchSize = 500,
): AsyncGenerator<Row> {
  const client = await pool.connect();
  const cursor = client.query(new Cursor<Row>(text, values));
  let broken: Error | undefined;
  try {
    for (;;) {
      const rows = await cursor.read(batchSize);
      if (rows.length === 0) return;
      yield* rows;
    }
  } finally {
    await cursor.close().catch((error: Error) => (broken = error));
    client.release(broken);
  }
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Inserts rows into several tables with one statement (one round trip). Each table's rows travel
 * as one JSON parameter and PostgreSQL turns each into the table's row type, so column types
 * (enums, arrays, JSON, timestamps) are converted by the database; columns not given keep their
 * defaults. Foreign keys are checked at the end of the statement, so parents and children may
 * go in together, in any order.
 */
export async function insertRows(client: Sql, ...tables: [table: string, rows: Record<string, unknown>[]][]) {
  const parts = tables
    .filter(([, rows]) => rows.length > 0)
    .map(([table, rows]) => {
      const columns = Object.keys(rows[0]!).map(quote).join(", ");
      return { table, rows, columns };
    });
  if (parts.length === 0) return;
  const inserts = parts.map(
    ({ table, columns }, index) =>
      `INSERT INTO ${quote(table)} (${columns})
       SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $${index + 1}::json)`,
  );
  const last = inserts.pop()!;
  const text = inserts.length
    ? `WITH ${inserts.map((insert, index) => `i${index} AS (${insert})`).join(",\n")}\n${last}`
    : last;
  await client.query(
    text,
    parts.map(({ rows }) => JSON.stringify(rows)),
  );
}

/** True for a pg pool or connection, false for a Prisma client or transaction. */
export function isSql(client: Sql | DbOrTx): client is Sql {
  return !("$queryRawUnsafe" in client);
}

/**
 * Runs one parameterised statement ($1, $2...) on either kind of client, so a statement shared by
 * a Prisma service and a plain-SQL hot path is written once.
 */
export async function selectRows<Row>(
  client: Sql | DbOrTx,
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  if (isSql(client)) return (await client.query(text, values)).rows as Row[];
  return client.$queryRawUnsafe<Row[]>(text, ...values);
}
