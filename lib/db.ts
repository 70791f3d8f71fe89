import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { pool } from "./sql";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** A service's optional transaction parameter: the caller's transaction, or the shared client. */
export type DbOrTx = PrismaClient | Tx;

function createClient() {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

// One client per process, on globalThis for the reason lib/sql.ts gives for its pool (one per
// bundle meant three clients in every app instance).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db = (globalForDb.db ??= createClient());
