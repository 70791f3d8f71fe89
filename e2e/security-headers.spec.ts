// The headers every response carries, and proof that the CSP stops a script injected into a page.
import { expect, test } from "@playwright/test";

test("pages carry a nonce CSP, no framing, no referrer, and HSTS only over HTTPS", async ({ request }) => {
  const response = await request.get("/events/lulea-2027");
  const headers = response.headers();
  const csp = headers["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toMatch(/script-src [^;]*'strict-dynamic'/);
  expect(/script-src ([^;]*)/.exec(csp)![1]).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["strict-transport-security"]).toBeUndefined();
  // Every script the page ships carries this response's nonce.
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  const secure = await request.get("/events/lulea-2027", { headers: { "x-forwarded-proto": "https" } });
  expect(secure.headers()["strict-transport-security"]).toContain("max-age=");
  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'; sandbox",
  );
  expect(api.headers()["x-frame-options"]).toBe("DENY");
});

test("an inline script injected into a page does not run; the page's own scripts do", async ({ page }) => {
  await page.route("**/events/lulea-2027", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      "</body>",
      '<script>window.injected = true</script><img src=x onerror="window.injected = true"></body>',
    );
    await route.fulfill({ response, body });
  });
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/events/lulea-2027");
  // Next.js's own scripts, which carry the nonce, ran and started the app.
  await expect
    .poll(() =>
      page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version)),
    )
    .toBe(true);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
});
