import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "@/lib/http/client-address";

describe("the client address rate limits are keyed on", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("198.51.100.4", "1.2.3.4", 0)).toBe("198.51.100.4");
    expect(resolveClientAddress("198.51.100.4", null, 0)).toBe("198.51.100.4");
    expect(resolveClientAddress("::ffff:198.51.100.4", "1.2.3.4", 0)).toBe("198.51.100.4");
  });

  it("is the entry N from the end with N trusted proxies, never one the client wrote before it", () => {
    // Client → proxy (appends the client) → app.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    // Client → edge (appends the client) → inner proxy (appends the edge) → app.
    expect(resolveClientAddress("10.0.0.3", "6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    // Fewer entries than proxies (a misconfiguration) or garbage: the peer, not the client's text.
    expect(resolveClientAddress("10.0.0.2", "", 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "not-an-address", 1)).toBe("10.0.0.2");
  });

  it("keys an IPv6 client on its /64, which one subscriber chooses addresses from", () => {
    const a = resolveClientAddress("2001:db8:1:2:aaaa::1", null, 0);
    const b = resolveClientAddress("2001:db8:1:2:bbbb:cccc:dddd:eeee", null, 0);
    const other = resolveClientAddress("2001:db8:1:3::1", null, 0);
    expect(a).toBe(b);
    expect(a).toBe("2001:db8:1:2::/64");
    expect(other).not.toBe(a);
    expect(resolveClientAddress("::1", null, 0)).toBe("0:0:0:0::/64");
  });
});
