// `npm run bench:registration`: registration throughput and latency of the app against the limit
// of this machine, the last seats under 500 concurrent submits, and two app instances at once.
// Prints figures; asserts nothing. Not part of `npm test`.
import { performance } from "node:perf_hooks";
import { startApp, type AppServer } from "../scripts/lib/app-process";
import { queryRows } from "../scripts/lib/database";
import { startBaselineServer } from "./lib/baseline-server";
import { BENCH_ENV, ensureBuild } from "./lib/ensure-build";
import { describeLoad, load, type LoadResult } from "./lib/load";
import { registrationBenchBody } from "./lib/registration-body";
import { withScratchDatabase } from "./lib/scratch-database";

const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const HYBRIT_ANSWERS = { dateOfBirth: "1970-05-04", nationality: "Svensk", shoeSize: "43" };

const query = queryRows;

const body = registrationBenchBody;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const line = (label: string, text: string) => console.log(`  ${label.padEnd(34)} ${text}`);

async function main() {
  ensureBuild();
  await withScratchDatabase("registration", async (url) => {
    const [event] = await query<{ id: string }>(url, `SELECT id FROM "Event" WHERE slug = 'lulea-2027'`);
    const activity = Object.fromEntries(
      (await query<{ key: string; id: string }>(url, `SELECT key, id FROM "Activity"`)).map((row) => [
        row.key,
        row.id,
      ]),
    );
    const members = (await query<{ id: string }>(url, `SELECT id FROM "Organisation" WHERE "isMember"`)).map(
      (row) => row.id,
    );
    const days = [activity["day-1"]!, activity["day-2"]!];

    const app = await startApp(url, BENCH_ENV);
    const baseline = await startBaselineServer(url, event!.id, "batched");
    const rowByRow = await startBaselineServer(url, event!.id, "row-by-row");
    const appPath = (server: AppServer) => `${server.url}/api/v1/events/lulea-2027/registrations`;
    try {
      console.log(
        `\n1. Registration: POST 3 delegates × 2 activities, ${CONNECTIONS} connections, ${SECONDS} s per round`,
      );
      // Both servers warm up at full load first, so that neither round 1 measures V8 still
      // compiling its hot functions (the app's first round ran a fifth lower than its second).
      for (const url of [appPath(app), baseline.url]) {
        await load({
          url,
          connections: CONNECTIONS,
          seconds: 5,
          method: "POST",
          body: () => body(members, days),
        });
      }
      // A live database is analysed by autovacuum as it grows; this one grew by hundreds of rows in
      // seconds, faster than autovacuum's one-minute nap, and without statistics the planner checks
      // e-mail addresses by scanning every attendee of the event. Analyse it as autovacuum would.
      await query(url, "ANALYZE");
      const rounds: { app: LoadResult; baseline: LoadResult }[] = [];
      for (let round = 0; round < 2; round++) {
        const appRun = await load({
          url: appPath(app),
          connections: CONNECTIONS,
          seconds: SECONDS,
          method: "POST",
          body: () => body(members, days),
        });
        const baseRun = await load({
          url: baseline.url,
          connections: CONNECTIONS,
          seconds: SECONDS,
          method: "POST",
          body: () => body(members, days),
        });
        rounds.push({ app: appRun, baseline: baseRun });
        line(`round ${round + 1}: app`, describeLoad(appRun));
        line(`round ${round + 1}: node:http + pg limit (batched)`, describeLoad(baseRun));
      }
      // The obvious bare server, once, so both baselines are on record (bench/lib/baseline-server.ts).
      const naive = await load({
        url: rowByRow.url,
        connections: CONNECTIONS,
        seconds: SECONDS,
        method: "POST",
        body: () => body(members, days),
      });
      line("node:http + pg, row by row (reference)", describeLoad(naive));
      // Every round's figure, lowest to highest: with two rounds a "median" would be the better one.
      const range = (values: number[], digits: number) =>
        [Math.min(...values), Math.max(...values)].map((value) => value.toFixed(digits)).join("–");
      const ratios = rounds.map((round) => round.app.requestsPerSecond / round.baseline.requestsPerSecond);
      line("app / limit throughput", `${range(ratios, 2)}× (target ≥ 0.5×)`);
      line(
        "app / row-by-row throughput",
        `${range(
          rounds.map((round) => round.app.requestsPerSecond / naive.requestsPerSecond),
          2,
        )}× (for reference: the limit before it was made honest)`,
      );
      line(
        "app p99 at full load",
        `${range(
          rounds.map((round) => round.app.p99),
          0,
        )} ms (target ≤ 100 ms)`,
      );
      // At full load 64 requests wait in line, so by Little's law latency is 64 / throughput
      // however fast each one is (the limit's own p50 exceeds 100 ms). Latency is also measured
      // where it means something: the same 64 connections offering half what the app sustained.
      const offered = Math.round(median(rounds.map((round) => round.app.requestsPerSecond)) / 2);
      const steady = await load({
        url: appPath(app),
        connections: CONNECTIONS,
        seconds: SECONDS,
        method: "POST",
        body: () => body(members, days),
        rate: offered,
      });
      line(`app at ${offered} req/s offered`, `${describeLoad(steady)} (target p99 ≤ 100 ms)`);

      console.log(
        "\n2. Last seats: 500 concurrent registrations (1 delegate, HYBRIT) for 10 remaining seats",
      );
      await query(url, `UPDATE "Activity" SET capacity = 10 WHERE key = 'hybrit'`);
      const started = performance.now();
      const statuses = await Promise.all(
        Array.from({ length: 500 }, () =>
          fetch(appPath(app), {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: body(members, [activity["hybrit"]!], { [activity["hybrit"]!]: HYBRIT_ANSWERS }, 1),
          }).then(
            (response) => response.status,
            () => 0,
          ),
        ),
      );
      const elapsed = (performance.now() - started) / 1000;
      const seats = await query<{ status: string; n: number; distinct: number; min: number; max: number }>(
        url,
        `SELECT status, count(*)::int AS n, count(DISTINCT "queueNumber")::int AS distinct, min("queueNumber") AS min, max("queueNumber") AS max
         FROM "Signup" WHERE "activityId" = $1 GROUP BY status`,
        [activity["hybrit"]],
      );
      const confirmed = seats.find((row) => row.status === "confirmed")?.n ?? 0;
      const waiting = seats.find((row) => row.status === "waitlisted");
      line(
        "answers",
        `${statuses.filter((status) => status === 201).length} × 201, ${statuses.filter((status) => status !== 201).length} errors`,
      );
      line(
        "confirmed / waitlisted",
        `${confirmed} / ${waiting?.n ?? 0} (queue ${waiting?.min}–${waiting?.max}, ${waiting?.distinct} distinct)`,
      );
      line("throughput", `${(500 / elapsed).toFixed(0)} registrations/s (${elapsed.toFixed(2)} s)`);

      console.log(
        `\n3. Two app instances on one database, ${CONNECTIONS / 2} connections each, HYBRIT capacity 40`,
      );
      await query(
        url,
        `UPDATE "Activity" SET capacity = (SELECT count(*) FROM "Signup" s WHERE s."activityId" = "Activity".id AND s.status = 'confirmed') + 40 WHERE key = 'hybrit'`,
      );
      const withVisit = () =>
        body(members, [activity["day-1"]!, activity["hybrit"]!], { [activity["hybrit"]!]: HYBRIT_ANSWERS });
      const single = await load({
        url: appPath(app),
        connections: CONNECTIONS,
        seconds: SECONDS,
        method: "POST",
        body: withVisit,
      });
      line("one instance", describeLoad(single));
      const second = await startApp(url, BENCH_ENV);
      try {
        const [a, b] = await Promise.all([
          load({
            url: appPath(app),
            connections: CONNECTIONS / 2,
            seconds: SECONDS,
            method: "POST",
            body: withVisit,
          }),
          load({
            url: appPath(second),
            connections: CONNECTIONS / 2,
            seconds: SECONDS,
            method: "POST",
            body: withVisit,
          }),
        ]);
        line(
          "two instances, combined",
          `${(a.requestsPerSecond + b.requestsPerSecond).toFixed(0)} req/s (${a.requestsPerSecond.toFixed(0)} + ${b.requestsPerSecond.toFixed(0)}), p99 ${Math.max(a.p99, b.p99)} ms, ${a.errors + b.errors + a.non2xx + b.non2xx} errors`,
        );
      } finally {
        await second.kill();
      }
      const [invariant] = await query<{ capacity: number; confirmed: number }>(
        url,
        `SELECT a.capacity, (SELECT count(*)::int FROM "Signup" s WHERE s."activityId" = a.id AND s.status = 'confirmed') AS confirmed FROM "Activity" a WHERE key = 'hybrit'`,
      );
      line(
        "HYBRIT capacity invariant",
        `${invariant!.confirmed} confirmed of ${invariant!.capacity} seats: ${invariant!.confirmed <= invariant!.capacity ? "held" : "BROKEN"}`,
      );
    } finally {
      await app.kill();
      await baseline.close();
      await rowByRow.close();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
