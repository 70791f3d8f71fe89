// The sign-in endpoint as an attacker probes it, over real HTTP: it must not tell who is staff,
// and bodies NextAuth cannot read are refused with 4xx, never 500.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ADMIN } from "./support/admin";

async function askForLink(request: APIRequestContext, email: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/signin/email", {
    form: { email, csrfToken, callbackUrl: "/admin", json: "true" },
  });
  return { status: response.status(), body: await response.text() };
}

test("a staff address and an unknown one get the same answer", async ({ request }) => {
  const staff = await askForLink(request, ADMIN);
  const unknown = await askForLink(request, `nobody-${Date.now()}@example.se`);
  expect(unknown).toEqual(staff);
  expect(staff.status).toBe(200);
});

test("bodies that are not NextAuth's form get 4xx, on any path under sign-in", async ({ request }) => {
  for (const path of ["/api/auth/signin/email", "/api/auth/signin/email/more/segments"]) {
    const json = await request.post(path, { data: { email: ADMIN } });
    expect(json.status(), path).toBe(415);
    const multipart = await request.post(path, { multipart: { email: ADMIN } });
    expect(multipart.status(), path).toBe(415);
  }
});
