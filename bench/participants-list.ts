// `npm run bench:participants`: how fast the staff participant list answers with 10,000 attendees.
// Not part of `npm test`: it prints figures, it asserts nothing. Needs a local PostgreSQL in
// BENCH_DATABASE_URL (a server URL; a scratch database is created and dropped).
import { performance } from "node:perf_hooks";
import pg from "pg";
import { seedAttendees } from "./lib/seed-attendees";

const server = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `sik_bench_${process.pid}`;
const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function main() {
  await admin(`CREATE DATABASE "${name}"`);
  try {
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret";
    const { runPrisma } = await import("../scripts/prisma");
    await runPrisma(["migrate", "deploy"], { env: { DATABASE_URL: url }, stdio: "pipe" });
    const { db } = await import("../lib/db");
    const { seed } = await import("../prisma/seed-data/seed");
    await seed();
    const started = performance.now();
    const event = await seedAttendees(db);
    console.log(`seeded 10,000 attendees in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const user = await db.user.create({ data: { email: "bench@example.se" } });
    await db.eventRole.create({ data: { eventId: event.id, userId: user.id, role: "viewer" } });
    const staff = { userId: user.id, email: user.email };
    // "server-only" is resolved through scripts/lib/server-context.cjs (see package.json).
    const { listParticipants, participantQuery } = await import("../lib/admin/list-participants");
    const cases: Record<string, Record<string, string>> = {
      "first page, by name": {},
      "page 100": { page: "100" },
      "search 'person 7-4'": { q: "person 7-4" },
      "filter diet=vegan": { diet: "vegan" },
      "sort by organisation, page 50": { sort: "organisation", page: "50" },
    };
    for (const [label, query] of Object.entries(cases)) {
      const timings: number[] = [];
      for (let run = 0; run < 20; run++) {
        const start = performance.now();
        await listParticipants(staff, "lulea-2027", participantQuery.parse(query));
        timings.push(performance.now() - start);
      }
      timings.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(32)} median ${timings[10]!.toFixed(1)} ms   p95 ${timings[18]!.toFixed(1)} ms`,
      );
    }
    await db.$disconnect();
    // Prisma's adapter runs on the app's shared pool, which must close before the database is dropped.
    const { pool } = await import("../lib/sql");
    await pool.end();
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
