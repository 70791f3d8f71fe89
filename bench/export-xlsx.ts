// `npm run bench:export`: the participant list of 10,000 attendees downloaded as XLSX from the
// running app (`next start`), timing the download and sampling the server's memory (RSS) during it.
// Prints figures; asserts nothing. Not part of `npm test`.
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
      await app.kill();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
