import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env-schema";

const secret = "a-secret-of-at-least-thirty-two-characters";
const valid = { DATABASE_URL: "postgresql://app:secret@db.internal:5432/sik", AUTH_SECRET: secret };

function errorOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.message;
    throw error;
  }
  throw new Error("expected parseEnv to fail");
}

describe("parseEnv", () => {
  it("accepts a minimal environment and fills in defaults", () => {
    const env = parseEnv(valid);
    expect(env.DATABASE_URL).toBe(valid.DATABASE_URL);
    expect(env.PUBLIC_BASE_URL).toBe("http://localhost:3000");
    expect(env.ADMIN_EMAILS).toEqual([]);
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("names a missing DATABASE_URL in one line", () => {
    const message = errorOf({ AUTH_SECRET: secret });
    expect(message).toBe("Configuration error: DATABASE_URL is not set.");
  });

  it.each(["not a url", "mysql://user@host/db", "postgresql://host-without-database"])(
    "rejects the malformed DATABASE_URL %s without echoing it",
    (url) => {
      const message = errorOf({ DATABASE_URL: url, AUTH_SECRET: secret });
      expect(message).toContain("DATABASE_URL is malformed");
      expect(message).not.toContain(url);
      expect(message).not.toContain("\n");
    },
  );

  it("names every bad variable at once", () => {
    const message = errorOf({
      DATABASE_URL: "x",
      PUBLIC_BASE_URL: "nope",
      ADMIN_EMAILS: "a@b.se, not-an-address",
    });
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("PUBLIC_BASE_URL");
    expect(message).toContain("ADMIN_EMAILS");
  });

  it("normalises ADMIN_EMAILS to a lower-case list", () => {
    expect(parseEnv({ ...valid, ADMIN_EMAILS: " Anna@Lulea.se,bo@example.se ," }).ADMIN_EMAILS).toEqual([
      "anna@lulea.se",
      "bo@example.se",
    ]);
  });
});
