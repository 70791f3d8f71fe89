import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { fillActivity, setCapacity } from "./support/database";
import { manageLinkIn, waitForMail } from "./support/mail-catcher";
import {
  ACTIVITY,
  chooseActivities,
  fillDelegatesStep,
  fillHybritDetails,
  fillOrganisationStep,
  person,
  submitReview,
  sv,
} from "./support/registration";

// These tests change the HYBRIT visit's seats, so they run one after the other.
test.describe.configure({ mode: "serial" });

const contact = person("Karin Kontaktsson", "Näringslivschef");
const mayor = person("Anna Ordförande", "Kommunstyrelsens ordförande");
const director = person("Bo Direktör");
const waiting = person("Ville Väntan");

test("a member registers three delegates, one on HYBRIT and one as voting delegate", async ({ page }) => {
  await page.goto("/events/lulea-2027/register");
  await fillOrganisationStep(page, {
    municipality: "Mariestads kommun",
    contact,
    contactAttends: true,
    check: true,
  });

  // The contact is already the first delegate: nothing to type again but the role.
  await expect(page.locator("#delegates-0-name")).toHaveValue(contact.name);
  await expect(page.locator("#delegates-0-email")).toHaveValue(contact.email);
  await page.locator("#delegates-0-title").fill(contact.title);
  await fillDelegatesStep(page, [mayor, director], { from: 1, check: true });

  await expectAccessible(page);
  await chooseActivities(page, contact.name, [ACTIVITY.day1, ACTIVITY.hybrit, ACTIVITY.dinner]);
  await chooseActivities(page, mayor.name, [ACTIVITY.day1, ACTIVITY.day2, ACTIVITY.annualMeeting]);
  await chooseActivities(page, director.name, [ACTIVITY.day2]);
  await page
    .getByRole("group", { name: /ombud på årsmötet/ })
    .getByLabel(mayor.name)
    .check();
  await page.getByRole("button", { name: sv.continue }).click();

  await page.waitForURL(/\/needs/);
  await expectAccessible(page);
  // The step changed without a new document; the language switch still leads to this very step.
  const needsPath = new URL(page.url()).pathname;
  await expect(page.getByRole("link", { name: "In English" })).toHaveAttribute("href", `/en${needsPath}`);
  // Only the HYBRIT visitor is asked for the site's visitor details.
  await expect(page.getByLabel("Födelsedatum")).toHaveCount(1);
  await fillHybritDetails(page, contact.name);
  await page.getByRole("group", { name: mayor.name, exact: true }).getByLabel("Glutenfri").check();
  await page
    .getByRole("group", { name: mayor.name, exact: true })
    .getByLabel("Allergier (frivilligt)")
    .fill("Nötter");
  await page.getByRole("button", { name: sv.continue }).click();

  await page.waitForURL(/\/review/);
  await expect(page.getByText("Mariestads kommun")).toBeVisible();
  await expect(page.getByText("Ombud på årsmötet")).toBeVisible();
  await expect(page.getByText("Glutenfri, Nötter")).toBeVisible();
  // Every answer is there to check, the study visit's details included.
  const visit = page.getByRole("region", { name: contact.name });
  await expect(visit.getByText(`Uppgifter till ${ACTIVITY.hybrit}`, { exact: true })).toBeVisible();
  await expect(visit.getByText("Födelsedatum: 1968-02-14")).toBeVisible();
  await expect(visit.getByText("Medborgarskap: Svensk")).toBeVisible();
  const reference = await submitReview(page, { check: true });
  expect(reference).toMatch(/^LUL-[2-9A-Z]{4}$/);

  const karin = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: contact.name }) });
  await expect(karin.locator(".status-list li", { hasText: ACTIVITY.hybrit })).toContainText(
    "Plats bekräftad",
  );
  await expect(page.getByText(`Ett bekräftelsemejl är på väg till ${contact.email}`)).toBeVisible();
  await expectAccessible(page);
});

test("a full HYBRIT visit offers the waiting list and says so plainly", async ({ page }) => {
  const capacity = await fillActivity("hybrit");
  try {
    await page.goto("/events/lulea-2027/register");
    await fillOrganisationStep(page, {
      municipality: "Oxelösunds kommun",
      contact: person("Olle Oxelösund"),
      contactAttends: false,
    });
    await fillDelegatesStep(page, [waiting]);
    await expect(page.getByText(`Fullt – ${waiting.name} hamnar på väntelistan`)).toBeVisible();
    await chooseActivities(page, waiting.name, [ACTIVITY.hybrit]);
    await page.getByRole("button", { name: sv.continue }).click();
    await page.waitForURL(/\/needs/);
    await fillHybritDetails(page, waiting.name);
    await page.getByRole("button", { name: sv.continue }).click();
    await submitReview(page);
    await expect(page.locator(".status-list li", { hasText: ACTIVITY.hybrit })).toContainText(
      "Väntelista, plats 1",
    );
  } finally {
    await setCapacity("hybrit", capacity);
  }
});

test("the manage link edits, cancels and thereby promotes the waiting delegate", async ({ page }) => {
  const capacity = await fillActivity("hybrit");
  try {
    // The contact's link: change the director's choices.
    await page.goto(manageLinkIn(await waitForMail(contact.email, /^Anmälan mottagen/)));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Anmälan LUL-");
    await expectAccessible(page);
    await page.getByRole("link", { name: `Ändra val av program för ${director.name}` }).click();
    await expect(page.getByLabel(ACTIVITY.dinner)).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(ACTIVITY.dinner).check();
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Ändringen är sparad. Ett mejl med bekräftelse är på väg.",
    );
    const directorCard = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: director.name }) });
    await expect(directorCard).toContainText(ACTIVITY.dinner);

    // The HYBRIT visitor cancels through their own link, after a confirmation step.
    await page.goto(manageLinkIn(await waitForMail(contact.email, /^Bekräftelse/)));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Din anmälan till");
    await page.getByRole("link", { name: `Avanmäl ${contact.name}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Vill du avanmäla ${contact.name}?`);
    await expectAccessible(page);
    await page.getByRole("button", { name: `Ja, avanmäl ${contact.name}` }).click();
    await expect(page.getByText("Avanmäld").first()).toBeVisible();

    // The freed HYBRIT seat went to the first on the waiting list at once.
    await page.goto(manageLinkIn(await waitForMail(waiting.email, /^Bekräftelse/)));
    await expect(page.locator(".status-list li", { hasText: ACTIVITY.hybrit })).toContainText(
      "Plats bekräftad",
    );
  } finally {
    await setCapacity("hybrit", capacity);
  }
});

test("an observer registers for the annual meeting, without a vote", async ({ page }) => {
  const observer = person("Olga Observatör");
  await page.goto("/events/lulea-2027/register");
  await fillOrganisationStep(page, {
    observer: "Norrbottens Handelskammare",
    contact: observer,
    contactAttends: true,
  });
  await page.locator("#delegates-0-title").fill("VD");
  await page.getByRole("button", { name: sv.continue }).last().click();
  await page.waitForURL(/\/choices/);
  await expect(page.getByLabel(ACTIVITY.annualMeeting)).toBeEnabled();
  await expect(page.getByRole("group", { name: /ombud/ })).toHaveCount(0);
  await chooseActivities(page, observer.name, [ACTIVITY.day1, ACTIVITY.annualMeeting]);
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/needs/);
  await page.getByRole("button", { name: sv.continue }).click();
  await expect(page.getByText("Norrbottens Handelskammare (observatör)")).toBeVisible();
  await submitReview(page);
});
