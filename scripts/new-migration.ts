// Writes the SQL that takes the committed migrations to prisma/schema.prisma as a new migration.
// `prisma migrate dev` needs a terminal and trips over the adapter's defects; diff + deploy does not.
// Usage: DATABASE_URL=postgresql://… npm run db:new-migration -- add_check_in_codes
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runPrisma } from "./prisma";

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error(
      "✖ Give the migration a name in snake_case, e.g. npm run db:new-migration -- add_check_in_codes",
    );
    process.exit(1);
  }
  if (!process.env.DATABASE_URL) {
    console.error("✖ Set DATABASE_URL to a local server where a temporary shadow database may be created.");
    process.exit(1);
  }
  const sql = await runPrisma(
    [
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
    ],
    { stdio: "pipe" },
  );
  // The CLI prints this line to the same stream as the SQL.
  const body = sql.replace(/^Loaded Prisma config from .*\n/m, "");
  if (/This is an empty migration/.test(body)) {
    console.log("▸ The schema matches the migrations; nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), body);
  console.log(`▸ Wrote ${dir}/migration.sql; add any CHECK constraints or partial indexes by hand.`);
}

main().catch((error: unknown) => {
  console.error(`✖ ${(error as { output?: string }).output ?? String(error)}`);
  process.exit(1);
});
