// The host's logo, uploaded by staff, checked by its content, stored and served by the app.
import { beforeAll, describe, expect, it } from "vitest";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { imageTypeOf, MAX_LOGO_BYTES, saveHostLogo } from "@/lib/events/save-host-logo";
import { GET } from "@/app/api/v1/events/[slug]/logo/route";
import { seededMeeting } from "./registration-fixtures";
import { errorCodeOf, outcomeOf, staffMember } from "./staff-fixtures";

// A 1×1 PNG, as an image editor writes one.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

let admin: { userId: string; email: string };
let staff: { userId: string; email: string };

beforeAll(async () => {
  const meeting = await seededMeeting();
  admin = await staffMember(meeting.event.id, "logo-admin@lulea.example.se", "admin");
  staff = await staffMember(meeting.event.id, "logo-staff@lulea.example.se", "staff");
});

const fetchLogo = () =>
  GET(new Request("http://localhost/api/v1/events/lulea-2027/logo"), {
    params: Promise.resolve({ slug: "lulea-2027" }),
  });

describe("the logo's type", () => {
  it("is read from its bytes: PNG, JPEG and WebP, never SVG or anything else", () => {
    expect(imageTypeOf(PNG)).toBe("image/png");
    expect(imageTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe("image/jpeg");
    expect(imageTypeOf(Buffer.from("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ", "latin1"))).toBe("image/webp");
    expect(
      imageTypeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    ).toBeNull();
    expect(imageTypeOf(Buffer.from("GIF89a"))).toBeNull();
    expect(imageTypeOf(new Uint8Array())).toBeNull();
  });
});

describe("uploading a logo", () => {
  it("is for administrators, refuses what is no image or too large, and changes nothing then", async () => {
    expect(await errorCodeOf(saveHostLogo(staff, "lulea-2027", PNG))).toBe("forbidden");
    expect(await outcomeOf(saveHostLogo(admin, "lulea-2027", Buffer.from("<svg/>")))).toBe("logoType");
    const huge = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
    expect(await outcomeOf(saveHostLogo(admin, "lulea-2027", huge))).toBe("logoTooLarge");
    expect(await outcomeOf(saveHostLogo(admin, "lulea-2027", new Uint8Array()))).toBe("logoMissing");
    expect((await getPublicEvent("lulea-2027"))!.logoUrl).toBeNull();
    expect((await fetchLogo()).status).toBe(404);
  });

  it("is served by the app with its checked type, and goes when removed", async () => {
    await saveHostLogo(admin, "lulea-2027", PNG);
    const url = (await getPublicEvent("lulea-2027"))!.logoUrl!;
    expect(url).toMatch(/^\/api\/v1\/events\/lulea-2027\/logo\?v=\d+$/);
    const response = await fetchLogo();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    await saveHostLogo(admin, "lulea-2027", null);
    expect((await getPublicEvent("lulea-2027"))!.logoUrl).toBeNull();
    expect((await fetchLogo()).status).toBe(404);
  });
});
