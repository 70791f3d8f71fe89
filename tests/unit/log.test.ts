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
