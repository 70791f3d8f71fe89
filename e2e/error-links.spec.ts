// Every link in an error summary lands on an element that exists and puts focus in it, on every
// step of the registration form, for links to this step and to earlier ones alike.
import { expect, test, type Page } from "@playwright/test";
import { registerViaApi } from "./support/api";
import { organisationId } from "./support/database";
import {
  ACTIVITY,
  chooseActivities,
  fillDelegatesStep,
  fillHybritDetails,
  fillOrganisationStep,
  person,
  sv,
} from "./support/registration";

/** Follows each link of the error summary; returns how many it followed. */
async function followEveryErrorLink(page: Page): Promise<number> {
  const summary = page.locator(".error-summary");
  await expect(summary).toBeVisible();
  const hrefs = await summary
    .locator("a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  // Links within this page first: following one to another step leaves this page.
  const ordered = [
    ...hrefs.filter((href) => href.startsWith("#")),
    ...hrefs.filter((href) => !href.startsWith("#")),
  ];
  for (const href of ordered) {
    const id = decodeURIComponent(href.split("#")[1]!);
    if (href.startsWith("#")) await summary.locator(`a[href="${href}"]`).first().click();
    else await page.goto(href);
    const target = page.locator(`[id="${id}"]`);
    await expect(target, href).toHaveCount(1);
    await expect
      .poll(() => target.evaluate((element) => element.contains(document.activeElement)), { message: href })
      .toBe(true);
  }
  return hrefs.length;
}

test("error links land on real fields on every step, the ombud's included", async ({ page, request }) => {
  await page.goto("/events/lulea-2027/register");
  await page.getByRole("button", { name: sv.continue }).click();
  expect(await followEveryErrorLink(page)).toBeGreaterThanOrEqual(3);

  // A municipality that already has its ombud, and a second registration naming another one.
  const municipality = "Hofors kommun";
  const taken = await registerViaApi(
    request,
    `Första Ombudet ${Date.now().toString(36)}`,
    ["annual-meeting"],
    {
      organisationId: await organisationId(municipality),
      isVotingDelegate: true,
    },
  );
  await page.goto("/events/lulea-2027/register");
  await fillOrganisationStep(page, { municipality, contact: person("Felix Felsök") });
  // Told at once that the municipality has registered before, and how to add to that registration.
  await expect(page.getByRole("note")).toContainText(
    /Kommunen har redan (en anmälan|\d+ anmälningar) till träffen/,
  );
  await page.locator("[id^=delegates-0-name]").fill("");
  await page.getByRole("button", { name: sv.continue }).click();
  expect(await followEveryErrorLink(page)).toBeGreaterThanOrEqual(2);

  const delegate = person("Olle Ombud");
  await page.goto(
    page
      .url()
      .split("#")[0]!
      .replace(/\/delegates.*$/, "/delegates"),
  );
  // An address already registered is flagged where it is typed.
  await page.locator("#delegates-0-name").fill(delegate.name);
  await page.locator("#delegates-0-email").fill(taken.delegates[0].email);
  await page.locator("#delegates-0-title").fill(delegate.title);
  await page.getByRole("button", { name: sv.continue }).last().click();
  await expect(page.locator(".error-summary")).toContainText("redan anmäld till träffen");
  expect(await followEveryErrorLink(page)).toBe(1);
  await fillDelegatesStep(page, [delegate]);
  await page.getByRole("button", { name: sv.continue }).click();
  expect(await followEveryErrorLink(page)).toBeGreaterThanOrEqual(1);

  await page.goto(page.url().split("#")[0]!);
  await chooseActivities(page, delegate.name, [ACTIVITY.hybrit, ACTIVITY.annualMeeting]);
  await page.getByLabel(delegate.name, { exact: true }).check();
  await page.getByRole("button", { name: sv.continue }).click();
  // The ombud clash is known where the ombud is chosen, and its link lands on that choice.
  await expect(page.locator(".error-summary")).toContainText(`${municipality} har redan ett ombud`);
  await expect(page.locator('.error-summary a[href$="#votingDelegateKey"]')).toHaveCount(1);
  expect(await followEveryErrorLink(page)).toBeGreaterThanOrEqual(1);

  // Without an ombud of our own, on to the study visit's details, left empty, and the last step.
  await page.goto(page.url().split("#")[0]!);
  await page.getByLabel("Vi anmäler ombud senare").check();
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/needs/);
  await page.getByRole("button", { name: sv.continue }).click();
  expect(await followEveryErrorLink(page)).toBe(3);
  await fillHybritDetails(page, delegate.name);
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/review/);
  await page.getByRole("button", { name: "Skicka anmälan" }).click();
  expect(await followEveryErrorLink(page)).toBe(1);
});
