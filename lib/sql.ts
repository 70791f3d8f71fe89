import "server-only";
import pg from "pg";
import Cursor from "pg-cursor";
import { Kysely, PostgresDialect, sql, type Compilable, type Insertable } from "kysely";
import { env } from "./env";
import type { DB } from "@/lib/generated/kysely/database";
import { logError } from "./log";

/**
 * The process's one PostgreSQL connection pool. Prisma's adapter runs on it, and so does Kysely
 * for the hot paths (taking a registration, the registration summary, the outbox, exports): there
 * a Prisma query costs the app server ~1 ms of CPU in its query compiler against ~0.1 ms for the
 * same statement sent as SQL (docs/performance.md).
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
const globalForSql = globalThis as unknown as { sqlPool?: pg.Pool; kysely?: Kysely<DB> };

export const pool = (globalForSql.sqlPool ??= createPool());

/**
 * Kysely on the same pool, for the hot paths and the aggregates: its row types are generated from
 * schema.prisma (`prisma generate` runs prisma-kysely), so a renamed column fails the type check
 * instead of a request. Ordinary reads and writes stay with Prisma (lib/db.ts), whose
 * transactions reach the same builder as `tx.$kysely`.
 */
export const kysely = (globalForSql.kysely ??= new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }));

/**
 * A time read from inside JSON (jsonArrayFrom, jsonObjectFrom): PostgreSQL sends it as an ISO
 * string, and the rules and pages compare and format it as a Date.
 */
export const timeFromJson = (value: string | Date) => new Date(value);

/** Where a Kysely query runs: the pool, a Kysely transaction, or a Prisma transaction's `$kysely`. */
export type Queries = Kysely<DB>;

/**
 * A query's rows read in batches through a server-side cursor, on a connection of their own while
 * the reader reads: memory stays flat however many rows there are. The connection is taken at the
 * first read and given back when the rows run out or the reader stops early (a `for await` that
 * breaks or throws), so a generator nobody reads holds nothing.
 */
export async function* streamRows<Row>(query: Compilable<Row>, batchSize = 500): AsyncGenerator<Row> {
  const { sql: text, parameters } = query.compile();
  const client = await pool.connect();
  const cursor = client.query(new Cursor<Row>(text, [...parameters]));
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

/** New rows for some of the tables, each row typed from the schema. */
export type NewRows = { [Table in keyof DB]?: Insertable<DB[Table]>[] };

/** One table's rows as an INSERT … SELECT from a single JSON parameter. */
function insertFromJson(
  creator: Kysely<Record<string, Record<string, unknown>>>,
  table: string,
  rows: object[],
) {
  const columns = Object.keys(rows[0]!);
  for (const row of rows) {
    // A row without a column would get NULL from json_populate_recordset, not the default.
    if (Object.keys(row).length !== columns.length)
      throw new Error(`rows for ${table} differ in their columns`);
  }
  return creator
    .insertInto(table)
    .columns(columns)
    .expression((eb) =>
      eb
        .selectFrom(
          sql<
            Record<string, unknown>
          >`json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)`.as("new_row"),
        )
        .select(columns),
    );
}

/**
 * Inserts rows into several tables with one statement (one round trip): every table but the last
 * goes in through a data-modifying WITH, and each table's rows travel as one JSON parameter that
 * PostgreSQL turns into rows of the table's own type (json_populate_recordset). So the statement
 * is the same whatever the number of rows, and the driver sends a few parameters instead of one
 * per value (a registration of three has over two hundred). PostgreSQL checks foreign keys at the
 * end of the statement, so parents and children may go in together, in any order. Every row of a
 * table must give the same columns; the others keep their defaults.
 */
export async function insertTogether(queries: Queries, rows: NewRows): Promise<void> {
  const tables = (Object.keys(rows) as (keyof DB)[]).filter((table) => (rows[table]?.length ?? 0) > 0);
  const last = tables.pop();
  if (!last) return;
  // The row types were checked at the call; here each table is only a name and its rows.
  const loose = queries as unknown as Kysely<Record<string, Record<string, unknown>>>;
  let statement = loose;
  for (const [index, table] of tables.entries()) {
    statement = statement.with(`insert_${index}`, (creator) =>
      insertFromJson(creator as typeof loose, table, rows[table]!).returning(sql<number>`1`.as("inserted")),
    ) as unknown as typeof loose;
  }
  await insertFromJson(statement, last, rows[last]!).execute();
}
