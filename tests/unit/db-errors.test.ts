import { describe, expect, it } from "vitest";
import pg from "pg";
import {
  isDatabaseUnavailable,
  isRetryableTransactionError,
  violatedUniqueConstraint,
} from "@/lib/db-errors";

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
    // pg's own error when the pool cannot connect at all (the plain-SQL hot paths, lib/sql.ts).
    const refused = Object.assign(new AggregateError([], ""), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(refused)).toBe(true);
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

// The plain-SQL hot paths see pg's DatabaseError, not Prisma's wrapper; both must read the same.
describe("constraint and retry errors from either client", () => {
  const pgError = (code: string, constraint?: string) =>
    Object.assign(new pg.DatabaseError("error", 0, "error"), { code, constraint });

  it("names the violated unique index", () => {
    expect(violatedUniqueConstraint(pgError("23505", "Registration_reference_key"))).toBe(
      "Registration_reference_key",
    );
    expect(
      violatedUniqueConstraint({
        code: "P2002",
        meta: {
          driverAdapterError: {
            cause: {
              originalMessage:
                'duplicate key value violates unique constraint "Attendee_one_email_per_event_idx"',
            },
          },
        },
      }),
    ).toBe("Attendee_one_email_per_event_idx");
    expect(violatedUniqueConstraint(pgError("23503"))).toBeNull();
  });

  it("retries serialization failures and deadlocks only", () => {
    expect(isRetryableTransactionError(pgError("40001"))).toBe(true);
    expect(isRetryableTransactionError(pgError("40P01"))).toBe(true);
    expect(isRetryableTransactionError({ code: "P2034" })).toBe(true);
    expect(isRetryableTransactionError(pgError("23505"))).toBe(false);
  });
});
