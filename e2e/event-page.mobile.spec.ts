import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";

test("the event page fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.goto("/events/lulea-2027");
  await expect(page.getByRole("link", { name: "Anmäl deltagare" })).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
