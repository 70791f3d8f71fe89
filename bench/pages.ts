// `npm run bench:pages`: the public event page against static content of the same server, and the
// JavaScript a phone downloads for the registration form's first page.
// Prints figures; asserts nothing. Not part of `npm test`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { startApp } from "../scripts/lib/app-process";
import { BENCH_ENV, ensureBuild, root } from "./lib/ensure-build";
import { describeLoad, load } from "./lib/load";
import { withScratchDatabase } from "./lib/scratch-database";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function main() {
  ensureBuild();
  await withScratchDatabase("pages", async (url) => {
    const app = await startApp(url, BENCH_ENV);
    try {
      console.log(
        `\n1. Public event page against static content of the same build, 64 connections, ${SECONDS} s each`,
      );
      // Every page renders per request (a fresh CSP nonce each time), so the static reference is
      // the prerendered icon the same server answers from its build output.
      const page = `${app.url}/events/lulea-2027`;
      const reference = `${app.url}/icon.svg`;
      await load({ url: page, connections: 8, seconds: 3 });
      const ratios: number[] = [];
      for (let round = 1; round <= 2; round++) {
        const dynamicRun = await load({ url: page, connections: 64, seconds: SECONDS });
        const staticRun = await load({ url: reference, connections: 64, seconds: SECONDS });
        console.log(`  round ${round}: event page        ${describeLoad(dynamicRun)}`);
        console.log(`  round ${round}: static reference  ${describeLoad(staticRun)}`);
        ratios.push(dynamicRun.requestsPerSecond / staticRun.requestsPerSecond);
      }
      console.log(
        `  event page / static             ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}× (target ≥ 0.8×)`,
      );

      console.log(
        "\n2. First-load JavaScript of the registration form (its first page, as a phone loads it)",
      );
      const response = await fetch(`${app.url}/events/lulea-2027/register`);
      const html = await response.text();
      // `noModule` scripts (Next.js's polyfills, 39 KB gzip) are for browsers without ES modules;
      // every browser that has them, every phone's since 2018, skips them.
      const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
      const skipped = tags.filter((match) => /\snomodule/i.test(match[0])).length;
      const scripts = [
        ...new Set(tags.filter((match) => !/\snomodule/i.test(match[0])).map((match) => match[1]!)),
      ];
      let raw = 0;
      let gzipped = 0;
      const sizes: string[] = [];
      for (const src of scripts) {
        const file = path.join(root, ".next", decodeURIComponent(src.replace(/^\/_next\//, "")));
        const content = readFileSync(file);
        const size = gzipSync(content).length;
        raw += content.length;
        gzipped += size;
        sizes.push(`${path.basename(file)} ${(size / 1024).toFixed(1)}`);
      }
      // Per script, so the next person trimming the bundle sees where it is without a bundle analyser.
      console.log(`  per script (KB gzip): ${sizes.join(", ")}`);
      console.log(
        `  ${new URL(response.url).pathname}: ${scripts.length} scripts, ${(raw / 1024).toFixed(0)} KB, ` +
          `${(gzipped / 1024).toFixed(1)} KB gzip (target ≤ 150 KB gzip); ${skipped} noModule script(s) not counted`,
      );
    } finally {
      await app.kill();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
