import { describe, expect, it } from "vitest";
import { getPathname, otherLanguagePath } from "@/lib/i18n/navigation";

describe("getPathname", () => {
  it("keeps Swedish paths at the root", () => {
    expect(getPathname({ href: "/", locale: "sv" })).toBe("/");
    expect(getPathname({ href: "/manage/abc?saved=1", locale: "sv" })).toBe("/manage/abc?saved=1");
  });

  it("puts English paths under /en, query and fragment kept", () => {
    expect(getPathname({ href: "/", locale: "en" })).toBe("/en");
    expect(getPathname({ href: "/events/lulea-2027", locale: "en" })).toBe("/en/events/lulea-2027");
    expect(getPathname({ href: "/admin/events/x/check-in?code=A%20B", locale: "en" })).toBe(
      "/en/admin/events/x/check-in?code=A%20B",
    );
    expect(getPathname({ href: "/?x=1", locale: "en" })).toBe("/en?x=1");
  });
});

describe("otherLanguagePath", () => {
  it("goes from Swedish to English and back", () => {
    expect(otherLanguagePath("/", "sv")).toBe("/en");
    expect(otherLanguagePath("/events/lulea-2027/register", "sv")).toBe("/en/events/lulea-2027/register");
    expect(otherLanguagePath("/en", "en")).toBe("/");
    expect(otherLanguagePath("/en/events/lulea-2027", "en")).toBe("/events/lulea-2027");
  });

  it("does not strip a path that merely starts with the letters en", () => {
    expect(otherLanguagePath("/en/entrance", "en")).toBe("/entrance");
  });
});
