// Once per run: a template database with every migration applied. Each test file then gets its
// own copy (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of re-running migrations.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { runPrisma } from "../../scripts/prisma";
import { testServerUrl, urlForDatabase } from "./test-server";

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const runId = randomUUID().replaceAll("-", "").slice(0, 12);
  process.env.VITEST_RUN_ID = runId;
  project.provide("runId", runId);
  const template = `sik_test_template_${runId}`;
  await admin((client) => client.query(`CREATE DATABASE "${template}"`));
  await runPrisma(["migrate", "deploy"], { env: { DATABASE_URL: urlForDatabase(template) }, stdio: "pipe" });
  return async () => {
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
  }
}
