import { expect, test } from "@playwright/test";
import { STAFF_STATE } from "./support/admin";
import { expectAccessible } from "./support/axe";
import { meetingUnderWay, registeredPeople } from "./support/database";

test.use({ storageState: STAFF_STATE });

// On a meeting of its own, so its check-in never moves the counts the desktop check-in journeys read.
test("check-in works on a phone held in one hand: card, counts and scanner fit the screen", async ({
  page,
}) => {
  const slug = `phone-${Date.now().toString(36)}`;
  await meetingUnderWay(slug);
  const name = "Mobil Mia";
  await registeredPeople(slug, [name]);
  await page.goto(`/admin/events/${slug}/check-in?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  const checkIn = page.getByRole("button", { name: `Checka in ${name}` });
  await expect(checkIn).toBeInViewport();
  await checkIn.click();
  await expect(page.getByRole("region", { name }).getByRole("status")).toContainText(/Incheckad/);
  await expect(page.getByLabel("Incheckade just nu")).toContainText("1 av 1");
  await expect(page.getByRole("button", { name: "Starta kameran" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screenshots/check-in-phone.png", fullPage: true });
});
