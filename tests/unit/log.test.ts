import { describe, expect, it } from "vitest";
import { redact } from "@/lib/log";

describe("log redaction", () => {
  it("masks e-mail addresses, phone numbers and values PostgreSQL quotes", () => {
    expect(redact("send to Åsa.Öberg@lulea.se failed")).toBe("send to [e-mail] failed");
    expect(redact("call 070-123 45 67 or +46701234567")).toBe("call [number] or [number]");
    expect(redact("Key (email)=(anna@example.se) already exists")).not.toContain("anna");
    expect(redact('duplicate value "Karin Kontakt" in column')).toBe('duplicate value "…" in column');
  });

  it("keeps what helps find the fault", () => {
    expect(redact("outbox: pass failed (connect ECONNREFUSED 127.0.0.1:1025); retrying")).toContain(
      "ECONNREFUSED",
    );
  });
});

describe("console masking", () => {
  it("masks objects, format arguments and errors whose message spans lines", async () => {
    const { redactConsole } = await import("@/lib/log");
    const lines: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => lines.push(args.map(String).join(" "));
    try {
      redactConsole();
      console.error({ name: "Karin Kontakt", email: "karin@example.se", phone: "070-123 45 67" });
      console.error("row %o failed", { name: "Åsa Öberg" });
      console.error(new Error("first line\nKey (email)=(anna@example.se)\nanna@example.se again"));
    } finally {
      console.error = original;
    }
    const output = lines.join("\n");
    for (const secret of ["Karin", "karin@", "070-123", "Åsa", "anna@"]) expect(output).not.toContain(secret);
    expect(output).toContain("first line");
  });
});

describe("logError", () => {
  it("keeps a multi-line message on one masked line", async () => {
    const { logError } = await import("@/lib/log");
    const lines: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => lines.push(args.map(String).join(" "));
    try {
      logError("outbox", new Error('failed for "Karin Kontakt"\nto karin@example.se\n070-123 45 67'));
    } finally {
      console.error = original;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/Karin|karin@|070-123/);
    expect(lines[0]).toContain("outbox: Error");
  });
});
