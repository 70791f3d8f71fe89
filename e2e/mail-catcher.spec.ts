import { expect, test } from "@playwright/test";
import { listMail, mailCatcherUrl } from "./support/mail-catcher";

// The harness starts a real SMTP catcher for the mail tests of later features.
test("the SMTP catcher is up and its API answers", async () => {
  const health = await fetch(`${mailCatcherUrl}/api/healthz`);
  expect(health.ok).toBe(true);
  expect(Array.isArray(await listMail())).toBe(true);
});
