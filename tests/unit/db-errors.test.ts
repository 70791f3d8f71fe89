import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-errors";

// Shapes seen from Prisma's pg adapter while PostgreSQL restarted (see e2e/faults.spec.ts).
describe("database unavailable", () => {
  it("recognises a refused, closed or shutting-down database however it is wrapped", () => {
    expect(
      isDatabaseUnavailable({
        code: "P1001",
        meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
      }),
    ).toBe(true);
    expect(
      isDatabaseUnavailable({
        code: "P2010",
        meta: { driverAdapterError: { cause: { originalCode: "57P03", kind: "postgres" } } },
      }),
    ).toBe(true);
    const adapterError = Object.assign(new Error("terminating connection due to administrator command"), {
      name: "DriverAdapterError",
      cause: { originalCode: "57P01", kind: "postgres" },
    });
    expect(isDatabaseUnavailable(adapterError)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("does not mistake a constraint violation or a bug for an outage", () => {
    expect(
      isDatabaseUnavailable({
        code: "P2002",
        meta: { driverAdapterError: { cause: { originalCode: "23505" } } },
      }),
    ).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
  });
});
