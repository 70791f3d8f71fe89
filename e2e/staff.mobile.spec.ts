// Staff pages on a phone 390 px wide: nothing cut off, filters folded away, and the navigation
// says which page is shown.
import { expect, test, type Page } from "@playwright/test";
import { STAFF_STATE } from "./support/admin";
import { registerViaApi } from "./support/api";
import { expectAccessible } from "./support/axe";

test.use({ storageState: STAFF_STATE, viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScrolling(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("the participant list fits a phone: filters folded, each person a card with labelled details", async ({
  page,
  request,
}) => {
  const name = `Telefon Tove ${Date.now().toString(36)}`;
  await registerViaApi(request, name, ["day-1", "dinner"]);
  await page.goto(`/admin/events/lulea-2027/participants?q=${encodeURIComponent(name)}`);
  await expect(
    page
      .getByRole("navigation", { name: "Träffens administration" })
      .getByRole("link", { name: "Deltagare" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByLabel("Organisation", { exact: true })).toBeHidden();
  await page.getByText("Filtrera och sortera").click();
  await expect(page.getByLabel("Organisation", { exact: true })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  // Each detail is labelled (the column headers are out of sight on a phone).
  const labels = await row
    .locator("td")
    .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, "::before").content));
  expect(labels).toEqual(['"Organisation: "', '"Program: "', '"Status: "']);
  await row.scrollIntoViewIfNeeded();
  const box = (await row.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
});

test("the check-in page and the dashboard fit a phone and mark the current page", async ({ page }) => {
  for (const [path, link] of [
    ["/admin/events/lulea-2027/check-in", "Incheckning"],
    ["/admin/events/lulea-2027", "Översikt"],
  ] as const) {
    await page.goto(path);
    await expect(
      page
        .getByRole("navigation", { name: "Träffens administration" })
        .getByRole("link", { name: link, exact: true }),
    ).toHaveAttribute("aria-current", "page");
    await expectNoSidewaysScrolling(page);
  }
});
