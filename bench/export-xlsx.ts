// `npm run bench:export`: the participant list of 10,000 attendees downloaded as XLSX from the
// running app (server.mjs), timing the download and sampling the server's memory (RSS) during it;
// then the same export written in this process, with the heap measured after a forced collection
// at each quarter of the file, which shows whether memory grows with the rows (RSS cannot: V8
// collects lazily). Prints figures; asserts nothing. Not part of `npm test`.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { startApp } from "../scripts/lib/app-process";
import { BENCH_ENV, ensureBuild } from "./lib/ensure-build";
import { seedAttendees } from "./lib/seed-attendees";
import { withScratchDatabase } from "./lib/scratch-database";

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) * 1024;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  ensureBuild();
  await withScratchDatabase("export", async (url) => {
    process.env.DATABASE_URL = url;
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient } = await import("../lib/generated/prisma/client");
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    // BENCH_ATTENDEES (default 10,000) shows whether the export's memory grows with the list.
    const event = await seedAttendees(db, Number(process.env.BENCH_ATTENDEES ?? 10_000));
    // A signed-in viewer: a NextAuth database session, as the sign-in link would have made.
    const user = await db.user.create({ data: { email: "bench@example.se" } });
    const staff = { userId: user.id, email: user.email };
    await db.eventRole.create({ data: { eventId: event.id, userId: user.id, role: "viewer" } });
    const sessionToken = randomBytes(32).toString("hex");
    await db.session.create({
      data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3600_000) },
    });
    await db.$disconnect();

    // BENCH_NODE_ARGS, e.g. "--max-semi-space-size=2", tries V8 settings on the server.
    const app = await startApp(url, BENCH_ENV, process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean));
    try {
      const exportUrl = `${app.url}/api/admin/events/lulea-2027/exports/participants?format=xlsx`;
      const headers = { cookie: `next-auth.session-token=${sessionToken}` };
      const fresh = rssOf(app.pid);
      await (await fetch(exportUrl, { headers })).arrayBuffer(); // warm-up: compiles and caches the route
      const idle = rssOf(app.pid);
      console.log(`server RSS when started ${mb(fresh)}, after a first export ${mb(idle)}`);
      for (let run = 1; run <= Number(process.env.BENCH_RUNS ?? 3); run++) {
        let peak = rssOf(app.pid);
        const sampler = setInterval(() => (peak = Math.max(peak, rssOf(app.pid))), 5);
        const started = performance.now();
        const response = await fetch(exportUrl, { headers });
        let bytes = 0;
        const reader = response.body!.getReader();
        for (let part = await reader.read(); !part.done; part = await reader.read())
          bytes += part.value.length;
        const seconds = (performance.now() - started) / 1000;
        clearInterval(sampler);
        console.log(
          `run ${run}: HTTP ${response.status}, ${(bytes / 1024 / 1024).toFixed(2)} MB XLSX in ${seconds.toFixed(2)} s (target ≤ 2 s); ` +
            `server RSS peak ${mb(peak)} (target ≤ 200 MB), ${mb(peak - fresh)} above the fresh server`,
        );
      }
    } finally {
      if (process.env.BENCH_APP_LOG) console.log(app.output());
      await app.kill();
    }
    await heapDuringExport(staff);
  });
}

/** The export's heap after a forced collection at every quarter of the rows, in this process. */
async function heapDuringExport(staff: { userId: string; email: string }) {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return console.log("heap during export: run with node --expose-gc to measure");
  Object.assign(process.env, BENCH_ENV);
  const { buildExport } = await import("../lib/exports/build-export");
  const { writeExport } = await import("../lib/exports/write-export");
  const heap = () => {
    collect();
    return process.memoryUsage().heapUsed;
  };
  const before = heap();
  const table = await buildExport(staff, {
    slug: "lulea-2027",
    kind: "participants",
    format: "xlsx",
    locale: "sv",
  });
  const total = Number(process.env.BENCH_ATTENDEES ?? 10_000);
  let rows = 0;
  const samples: string[] = [];
  const counted: typeof table = {
    ...table,
    rows: (async function* () {
      for await (const row of table.rows) {
        if (++rows % Math.ceil(total / 4) === 0)
          samples.push(`${rows} rows ${((heap() - before) / 1024 / 1024).toFixed(1)} MB`);
        yield row;
      }
    })(),
  };
  const reader = (await writeExport(counted, "xlsx")).getReader();
  while (!(await reader.read()).done);
  console.log(`heap above the start during an XLSX export (after GC): ${samples.join(", ")}`);
  // Closed before the scratch database is dropped, which would otherwise end them mid-idle.
  await (await import("../lib/db")).db.$disconnect();
  await (await import("../lib/sql")).pool.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
