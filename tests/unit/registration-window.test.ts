import { describe, expect, it } from "vitest";
import { registrationWindow } from "@/lib/events/public-event";

const event = {
  status: "open" as const,
  registrationOpensAt: new Date("2026-11-01T07:00:00Z"),
  registrationClosesAt: new Date("2027-03-28T21:59:00Z"),
};

describe("registrationWindow", () => {
  it("is not open before the opening time", () => {
    expect(registrationWindow(event, new Date("2026-10-31T23:00:00Z"))).toBe("not-open");
  });

  it("is open from the opening time until the closing time", () => {
    expect(registrationWindow(event, event.registrationOpensAt)).toBe("open");
    expect(registrationWindow(event, new Date("2027-03-28T21:58:59Z"))).toBe("open");
  });

  it("is closed from the closing time on", () => {
    expect(registrationWindow(event, event.registrationClosesAt)).toBe("closed");
  });

  it("is closed whenever the event itself is not open", () => {
    expect(registrationWindow({ ...event, status: "closed" }, new Date("2027-01-01T00:00:00Z"))).toBe(
      "closed",
    );
  });
});
