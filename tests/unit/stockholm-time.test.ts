import { describe, expect, it } from "vitest";
import { fromStockholmLocal, toStockholmLocal } from "@/lib/i18n/stockholm-time";

describe("Stockholm local times", () => {
  it("reads summer and winter times with their own offsets", () => {
    expect(fromStockholmLocal("2027-04-25T10:00")?.toISOString()).toBe("2027-04-25T08:00:00.000Z");
    expect(fromStockholmLocal("2027-01-15T10:00")?.toISOString()).toBe("2027-01-15T09:00:00.000Z");
    expect(fromStockholmLocal("not a time")).toBeNull();
  });

  it("refuses a day or time that does not exist instead of rolling it over", () => {
    for (const value of [
      "2027-02-29T10:00",
      "2027-04-31T10:00",
      "2027-13-01T10:00",
      "2027-04-25T24:00",
      "2027-04-25T10:60",
    ])
      expect(fromStockholmLocal(value), value).toBeNull();
    expect(fromStockholmLocal("2028-02-29T10:00")?.toISOString()).toBe("2028-02-29T09:00:00.000Z");
  });

  it("writes a moment back as the same local time", () => {
    expect(toStockholmLocal(new Date("2027-03-28T21:59:00Z"))).toBe("2027-03-28T23:59");
  });
});
