import { expect, test } from "@playwright/test";
import { STAFF_STATE } from "./support/admin";
import { registerViaApi } from "./support/api";
import { expectAccessible } from "./support/axe";

test.use({ storageState: STAFF_STATE });

test("check-in works on a phone held in one hand: card, counts and scanner fit the screen", async ({
  page,
  request,
}) => {
  const name = `Mobil Mia ${Date.now().toString(36)}`;
  await registerViaApi(request, name, ["day-1"]);
  await page.goto(`/admin/events/lulea-2027/check-in?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  const checkIn = page.getByRole("button", { name: `Checka in ${name}` });
  await expect(checkIn).toBeInViewport();
  await checkIn.click();
  await expect(page.getByRole("region", { name }).getByRole("status")).toContainText(/Incheckad/);
  await expect(page.getByRole("button", { name: "Starta kameran" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screenshots/check-in-phone.png", fullPage: true });
});
