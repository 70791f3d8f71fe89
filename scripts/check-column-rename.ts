// `npm run typecheck:rename`: shows that the queries are typed from the schema. It renames one
// column in a copy of prisma/schema.prisma (Attendee.dietOther by default; COLUMN=Model.field
// picks another), generates the Kysely row types from that copy into a scratch folder, and type
// checks the app against them. It succeeds when the type check fails and names the column, and
// fails when the rename would have passed unnoticed. The working tree is not touched.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runPrisma } from "./prisma";
import { exitWith, FatalError, info } from "./lib/log";

const root = path.resolve(__dirname, "..");

async function main() {
  const [model, field] = (process.env.COLUMN ?? "Attendee.dietOther").split(".");
  if (!model || !field) throw new FatalError("COLUMN must look like Model.field, e.g. Attendee.dietOther");
  const renamed = `${field}Renamed`;
  // Inside the project, so the generated file finds kysely in node_modules.
  const cache = path.join(root, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(path.join(cache, "sik-rename-"));
  const config = path.join(root, `tsconfig.rename-${path.basename(scratch)}.json`);
  try {
    const schema = readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
    const block = new RegExp(`(model ${model} \\{[\\s\\S]*?\\n)(\\s+)${field}(\\s)`);
    if (!block.test(schema)) throw new FatalError(`no column ${field} in model ${model}`);
    const copy = schema
      .replace(block, `$1$2${renamed}$3`)
      // Both generators write into the scratch folder (Prisma makes nothing without its client).
      .replace(
        'output       = "../lib/generated/prisma"',
        `output       = ${JSON.stringify(`${scratch}/client`)}`,
      )
      .replace('output       = "../lib/generated/kysely"', `output       = ${JSON.stringify(scratch)}`);
    writeFileSync(path.join(scratch, "schema.prisma"), copy);
    await runPrisma(["generate", "--schema", path.join(scratch, "schema.prisma")], { stdio: "pipe" });
    info(`renamed ${model}.${field} to ${renamed} in a copy of the schema; type checking against it`);
    writeFileSync(
      config,
      JSON.stringify({
        extends: "./tsconfig.json",
        compilerOptions: {
          incremental: false,
          paths: { "@/lib/generated/kysely/*": [`${scratch}/*`], "@/*": ["./*"] },
        },
      }),
    );
    const check = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", config], {
      cwd: root,
      encoding: "utf8",
    });
    const errors = check.stdout.split("\n").filter((line) => line.includes("error TS"));
    const naming = errors.filter((line) => line.includes(field) || line.includes(renamed));
    for (const line of naming) console.log(`  ${line}`);
    if (check.status === 0 || naming.length === 0)
      throw new FatalError(`the type check passed with ${model}.${field} renamed: a query is not typed`);
    info(`the type check fails, ${errors.length} errors, ${naming.length} naming the column: as it should`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(config, { force: true });
  }
}

main().catch(exitWith);
