// Configuration of the Prisma CLI (migrate, diff, seed, generate) in driver-adapter mode, the only
// mode whose schema engine runs without downloading engines (docs/architecture.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createCliAdapter } from "./prisma/cli-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "node --require ./scripts/lib/server-context.cjs --import tsx prisma/seed.ts",
  },
  adapter: async () => createCliAdapter(process.env.DATABASE_URL ?? ""),
});
