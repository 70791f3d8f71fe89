// `npm run bench:profile`: where the app server's CPU goes while it takes registrations (or, with
// BENCH_PROFILE=page, while it serves the public event page). Starts
// `next start` with V8's sampling profiler, posts registrations for a fixed time, and prints the
// self time grouped by where the code lives (Prisma, Next.js, React, pg, the app's own code...).
// A maintainer's tool for finding what to fix; prints figures, asserts nothing.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp } from "../scripts/lib/app-process";
import { queryRows } from "../scripts/lib/database";
import { BENCH_ENV, ensureBuild } from "./lib/ensure-build";
import { describeLoad, load } from "./lib/load";
import { withScratchDatabase } from "./lib/scratch-database";
import { registrationBenchBody } from "./lib/registration-body";

type Node = { id: number; callFrame: { url: string; functionName: string }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const GROUPS: [string, RegExp][] = [
  ["Prisma query compiler (WebAssembly)", /query_compiler|wasm:\/\//],
  ["Prisma client runtime", /@prisma|generated\/prisma|\[turbopack\]_runtime|prisma/],
  ["pg driver", /node_modules\/pg(-[a-z]+)?\//],
  ["React", /react-dom|react-server|react\//],
  ["Next.js", /next\/dist/],
  ["zod", /zod/],
  ["app code (.next/server chunks)", /\.next\/server/],
  ["Node.js internals", /^node:|^internal\//],
];

function groupOf(node: Node): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith("(") ? functionName : `native ${functionName || "(anonymous)"}`;

  return GROUPS.find(([, pattern]) => pattern.test(url))?.[0] ?? "other";
}

function summarise(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const functions = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!;
    const delta = profile.timeDeltas[index] ?? 0;
    const group = groupOf(node);
    totals.set(group, (totals.get(group) ?? 0) + delta);
    const name =
      group === "(idle)"
        ? group
        : `${node.callFrame.functionName || "(anonymous)"} ${node.callFrame.url.split("/").slice(-2).join("/")}`;
    functions.set(name, (functions.get(name) ?? 0) + delta);
  });
  const busy = [...totals].filter(([group]) => group !== "(idle)").reduce((sum, [, value]) => sum + value, 0);
  const rows = (map: Map<string, number>, count: number) =>
    [...map]
      .filter(([group]) => group !== "(idle)")
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([group, value]) => `  ${((100 * value) / busy).toFixed(1).padStart(5)} %  ${group}`);
  console.log(`\nBusy CPU by group (${(busy / 1e6).toFixed(1)} s sampled):`);
  console.log(rows(totals, 12).join("\n"));
  console.log("\nHottest functions (self time):");
  console.log(rows(functions, 15).join("\n"));
}

async function main() {
  ensureBuild();
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  await withScratchDatabase("profile", async (url) => {
    const activities = await queryRows<{ key: string; id: string }>(url, `SELECT key, id FROM "Activity"`);
    const members = await queryRows<{ id: string }>(url, `SELECT id FROM "Organisation" WHERE "isMember"`);
    const days = activities.filter((row) => row.key.startsWith("day-")).map((row) => row.id);
    const directory = mkdtempSync(path.join(tmpdir(), "sik-profile-"));
    const app = await startApp(url, BENCH_ENV, ["--cpu-prof", `--cpu-prof-dir=${directory}`]);
    const body = () =>
      registrationBenchBody(
        members.map((row) => row.id),
        days,
      );
    try {
      // BENCH_PROFILE=page profiles the public event page instead of registrations.
      if (process.env.BENCH_PROFILE === "page") {
        const page = `${app.url}/events/lulea-2027`;
        await load({ url: page, connections: 8, seconds: 3 });
        const result = await load({ url: page, connections: 64, seconds });
        console.log(`\nLoad while profiling: ${describeLoad(result)}`);
      } else {
        const target = `${app.url}/api/v1/events/lulea-2027/registrations`;
        await load({ url: target, connections: 8, seconds: 3, method: "POST", body });
        // As autovacuum would have by now on a live database (bench/registration.ts says why).
        await queryRows(url, "ANALYZE");
        const result = await load({ url: target, connections: 64, seconds, method: "POST", body });
        console.log(`\nLoad while profiling: ${describeLoad(result)}`);
      }
    } finally {
      await app.kill("SIGINT");
    }
    const file = readdirSync(directory).find((name) => name.endsWith(".cpuprofile"));
    if (!file) throw new Error(`no profile was written in ${directory}`);
    summarise(JSON.parse(readFileSync(path.join(directory, file), "utf8")) as Profile);
    console.log(`\nProfile: ${path.join(directory, file)} (open in Chrome DevTools, Performance tab)`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
