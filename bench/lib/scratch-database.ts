// A migrated, seeded database of its own for one benchmark run, on BENCH_DATABASE_URL's server
// (default: the local PostgreSQL on 127.0.0.1:5432), dropped afterwards.
import { createDatabase, databaseUrl, dropDatabase, migrate } from "../../scripts/lib/database";
import { seedDatabase } from "../../scripts/lib/seed-database";

export const benchServer = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function withScratchDatabase<T>(label: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `sik_bench_${label}_${process.pid}`;
  await dropDatabase(benchServer, name);
  await createDatabase(benchServer, name);
  const url = databaseUrl(benchServer, name);
  try {
    await migrate(url);
    await seedDatabase(url);
    return await work(url);
  } finally {
    await dropDatabase(benchServer, name);
  }
}
