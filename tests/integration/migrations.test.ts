// The committed migrations produce exactly prisma/schema.prisma (no drift), via the same CLI path
// developers use (`npm run db:check-drift`).
import { describe, expect, it } from "vitest";
import { runPrisma } from "@/scripts/prisma";

describe("migrations", () => {
  it("match the Prisma schema", async () => {
    const output = await runPrisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      { env: { DATABASE_URL: process.env.DATABASE_URL! }, stdio: "pipe" },
    );
    expect(output).toContain("No difference detected");
  });
});
