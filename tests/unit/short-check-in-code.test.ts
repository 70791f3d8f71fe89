import { describe, expect, it } from "vitest";
import { normaliseShortCode, SHORT_CODE } from "@/lib/check-in/scanned-code";
import { shortCheckInCodeFor } from "@/lib/check-in/check-in-code";

describe("the short check-in code a person can read out", () => {
  it("is eight characters without look-alikes, shown in two groups, the same every time", () => {
    const id = "0b9c4a3e-3c1a-4d5e-9f00-000000000001";
    const code = shortCheckInCodeFor(id);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(shortCheckInCodeFor(id)).toBe(code);
    expect(shortCheckInCodeFor("0b9c4a3e-3c1a-4d5e-9f00-000000000002")).not.toBe(code);
  });

  it("is read however it is typed: case, spaces, dashes and letters mistaken for digits", () => {
    expect(normaliseShortCode("k7m2-9qxd")).toBe("K7M29QXD");
    expect(normaliseShortCode(" K7M2 9QXD ")).toBe("K7M29QXD");
    expect(normaliseShortCode("O1IL-ABCD")).toBe("0111ABCD");
    expect(normaliseShortCode("K7M2-9QX")).toBeNull();
    expect(normaliseShortCode("K7M2-9QXU")).toBeNull();
    expect(SHORT_CODE.test("K7M29QXD")).toBe(true);
  });
});
