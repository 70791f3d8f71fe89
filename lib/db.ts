import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { pool } from "./sql";

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
