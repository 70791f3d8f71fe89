import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DeleteQueryNode,
  InsertQueryNode,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  UpdateQueryNode,
  type CompiledQuery,
  type DatabaseConnection,
  type QueryResult,
} from "kysely";
import type { DB } from "@/lib/generated/kysely/database";
import { PrismaClient } from "./generated/prisma/client";
import { pool, type Queries } from "./sql";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** A service's optional transaction parameter: the caller's transaction, or the shared client. */
export type DbOrTx = PrismaClient | Tx;

/**
 * Options for transactions that wait on row locks (an activity's seats under a burst of
 * registrations): Prisma's defaults (2 s to start, 5 s to run) give up while the queue drains.
 */
export const LOCKING_TRANSACTION = { maxWait: 30_000, timeout: 30_000 } as const;

function createClient() {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

// One client per process, on globalThis for the reason lib/sql.ts gives for its pool (one per
// bundle meant three clients in every app instance).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db = (globalForDb.db ??= createClient());

/**
 * The typed query builder of lib/sql.ts, run in a Prisma transaction (or on the client): a service
 * that holds a Prisma transaction takes its row locks and counts there (activity-capacity.ts).
 */
export function queriesIn(client: DbOrTx): Queries {
  const connection: DatabaseConnection = {
    async executeQuery<R>({ sql, parameters, query }: CompiledQuery): Promise<QueryResult<R>> {
      const writes = DeleteQueryNode.is(query) || InsertQueryNode.is(query) || UpdateQueryNode.is(query);
      if (writes && !query.returning) {
        return { rows: [], numAffectedRows: BigInt(await client.$executeRawUnsafe(sql, ...parameters)) };
      }
      return { rows: await client.$queryRawUnsafe<R[]>(sql, ...parameters) };
    },
    streamQuery() {
      throw new Error("stream rows with streamRows (lib/sql.ts), not in a Prisma transaction");
    },
  };
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createQueryCompiler: () => new PostgresQueryCompiler(),
      createIntrospector: (database) => new PostgresIntrospector(database),
      createDriver: () => ({
        init: async () => {},
        acquireConnection: async () => connection,
        // The transaction is Prisma's; Kysely only sends statements into it.
        beginTransaction: async () => {
          throw new Error("begin the transaction with db.$transaction");
        },
        commitTransaction: async () => {},
        rollbackTransaction: async () => {},
        releaseConnection: async () => {},
        destroy: async () => {},
      }),
    },
  });
}
