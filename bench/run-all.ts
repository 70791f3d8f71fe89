// `npm run bench`: every benchmark in turn, each in a process of its own so one's memory and
// connections do not colour the next. Not part of `npm test`.
import { spawnSync } from "node:child_process";

const benchmarks = [
  "bench:registration",
  "bench:pages",
  "bench:export",
  "bench:outbox",
  "bench:participants",
];
let failed = 0;
for (const name of benchmarks) {
  console.log(`\n=== npm run ${name}`);
  const result = spawnSync("npm", ["run", "--silent", name], { stdio: "inherit" });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
