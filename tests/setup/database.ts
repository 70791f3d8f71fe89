// Before each test file: a database of its own, copied from the migrated template, and
// DATABASE_URL pointing at it before any app module (lib/env.ts, lib/db.ts) is imported.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { testServerUrl, urlForDatabase } from "./test-server";

const runId = inject("runId");
const name = `sik_test_${runId}_${randomUUID().replaceAll("-", "").slice(0, 8)}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`CREATE DATABASE "${name}" TEMPLATE "sik_test_template_${runId}"`);
process.env.DATABASE_URL = urlForDatabase(name);
// Tests submit many registrations from one address; the limit itself has its own test.
process.env.REGISTRATION_RATE_LIMIT ??= "1000000";
process.env.AUTH_SECRET ??= "test-secret-for-signing-staff-sessions-0123456789";
process.env.TEST_DATABASE_NAME = name;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  const { pool } = await import("@/lib/sql");
  await db.$disconnect();
  await pool.end();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});
