// The registration form for everyone: errors that can be found and fixed, keyboard alone,
// English, and no JavaScript at all.
import { expect, test } from "@playwright/test";
import { registerViaApi } from "./support/api";
import { expectAccessible } from "./support/axe";
import { tabTo } from "./support/keyboard";
import { manageLinkIn, waitForMail } from "./support/mail-catcher";
import {
  ACTIVITY,
  fillDelegatesStep,
  fillOrganisationStep,
  person,
  submitReview,
  sv,
} from "./support/registration";

test("the error summary takes focus and links to each field, and the form keeps what was typed", async ({
  page,
}) => {
  await page.goto("/events/lulea-2027/register");
  await page.getByLabel("Ditt namn").fill("Kim Kontakt");
  await page.getByLabel("Din e-postadress").fill("inte-en-adress");
  await page.getByRole("button", { name: sv.continue }).click();

  const summary = page.getByRole("alert").filter({ hasText: "Det finns problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Välj er kommun eller ange att ni anmäler er som observatör",
    "Ange en e-postadress i formatet namn@exempel.se",
    "Fyll i telefonnummer",
  ]);
  await expect(page.getByLabel("Ditt namn")).toHaveValue("Kim Kontakt");
  await expect(page.getByLabel("Din e-postadress")).toHaveValue("inte-en-adress");
  await expect(page.getByLabel("Din e-postadress")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await summary.getByRole("link", { name: "Ange en e-postadress i formatet namn@exempel.se" }).click();
  await expect(page.getByLabel("Din e-postadress")).toBeFocused();
});

test("the whole registration can be completed with the keyboard alone", async ({ page }) => {
  const contact = person("Tangent Tangentsson");
  await page.goto("/events/lulea-2027/register");

  await tabTo(page, page.getByLabel(sv.member));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByLabel("Kommun", { exact: true }));
  await page.keyboard.type("Finsp");
  await expect(page.getByLabel("Kommun", { exact: true })).toHaveValue(/.+/);
  await tabTo(page, page.getByLabel("Ditt namn"));
  await page.keyboard.type(contact.name);
  await page.keyboard.press("Tab");
  await page.keyboard.type(contact.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("070-765 43 21");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");

  await page.waitForURL(/\/delegates/);
  await tabTo(page, page.locator("#delegates-0-title"));
  await page.keyboard.type("Kommunchef");
  await page.keyboard.press("Enter");

  await page.waitForURL(/\/choices/);
  await tabTo(page, page.getByLabel(ACTIVITY.day1));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: sv.continue }));
  await page.keyboard.press("Enter");

  await page.waitForURL(/\/needs/);
  await tabTo(page, page.getByRole("button", { name: sv.continue }));
  await page.keyboard.press("Enter");

  await page.waitForURL(/\/review/);
  await tabTo(page, page.getByLabel(/Jag har läst hur personuppgifterna hanteras/));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Skicka anmälan" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/confirmation/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmälan är mottagen");
});

test("every step reads in English and passes the accessibility check", async ({ page }) => {
  const contact = person("Emma English");
  await page.goto("/en/events/lulea-2027/register");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which organisation are you registering?");
  await expectAccessible(page);
  await page.getByLabel("Member municipality").check();
  await page.getByLabel("Municipality", { exact: true }).selectOption({ label: "Östhammars kommun" });
  await page.getByLabel("Your name").fill(contact.name);
  await page.getByLabel("Your e-mail address").fill(contact.email);
  await page.getByLabel("Your phone number").fill("+46 70 123 45 67");
  await page.getByLabel("I will attend the meeting myself").check();
  await page.getByRole("button", { name: "Continue" }).click();

  await page.waitForURL(/\/en\/events\/lulea-2027\/register\/.+\/delegates/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who is attending?");
  await page.locator("#delegates-0-title").fill("Municipal CEO");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue" }).last().click();

  await page.waitForURL(/\/choices/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What will each delegate attend?");
  await page.getByLabel("Network dinner").check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue" }).click();

  await page.waitForURL(/\/needs/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diet, needs, stay and travel");
  await page.getByLabel("Vegan").check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue" }).click();

  await page.waitForURL(/\/review/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check and send the registration");
  await expectAccessible(page);
  await page.getByLabel(/I have read how personal data is handled/).check();
  await page.getByRole("button", { name: "Send registration" }).click();
  await page.waitForURL(/\/confirmation/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registration received");
  await expect(page.locator(".status-list li", { hasText: "Network dinner" })).toContainText(
    "Place confirmed",
  );
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still registers, adding a delegate by a round trip", async ({ page }) => {
    await page.goto("/events/lulea-2027/register");
    await fillOrganisationStep(page, { municipality: "Östhammars kommun", contact: person("Nora Noscript") });
    await fillDelegatesStep(page, [person("Ulf Utan"), person("Vera Vanlig")]);
    await page
      .getByRole("group", { name: /Ulf Utan/ })
      .getByLabel(ACTIVITY.day1)
      .check();
    await page
      .getByRole("group", { name: /Vera Vanlig/ })
      .getByLabel(ACTIVITY.day2)
      .check();
    await page.getByRole("button", { name: sv.continue }).click();
    await page.waitForURL(/\/needs/);
    await page.getByRole("button", { name: sv.continue }).click();
    const reference = await submitReview(page);
    expect(reference).toMatch(/^LUL-/);
  });

  test("a delegate changes their details through their private link", async ({ page, request }) => {
    const name = `Utan Skript ${Date.now().toString(36)}`;
    const registration = await registerViaApi(request, name, ["day-1"]);
    await page.goto(manageLinkIn(await waitForMail(registration.delegates[0].email, /^Bekräftelse/)));
    await page.getByRole("link", { name: `Ändra uppgifter för ${name}` }).click();
    await page.getByLabel("Titel eller roll").fill("Ändrad utan JavaScript");
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await expect(page.getByRole("status")).toContainText("Ändringen är sparad");
  });
});
