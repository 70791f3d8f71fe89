import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";
import { pool } from "./sql";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** A service's optional transaction parameter: the caller's transaction, or the shared client. */
export type DbOrTx = PrismaClient | Tx;

function createClient() {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

// Next's dev server re-evaluates modules on every change; reuse one client so connections don't pile up.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db = globalForDb.db ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.db = db;
