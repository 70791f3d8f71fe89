// Walks the public registration form as a person would, step by step.
import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

export type Person = { name: string; email: string; title: string; phone?: string };

let counter = 0;
/** A person with an address no other test uses. */
export function person(name: string, title = "Kommundirektör"): Person {
  counter += 1;
  const slug = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z]+/g, ".");
  return { name, title, email: `${slug}.${Date.now().toString(36)}${counter}@example.se` };
}

export const sv = {
  continue: "Fortsätt",
  member: "Medlemskommun",
  observer: "Observatör (annan kommun eller organisation)",
};

export async function fillOrganisationStep(
  page: Page,
  options: {
    municipality?: string;
    observer?: string;
    contact: Person;
    contactAttends?: boolean;
    check?: boolean;
  },
) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vilken organisation anmäler du?");
  if (options.check) await expectAccessible(page);
  if (options.municipality) {
    await page.getByLabel(sv.member).check();
    await page.getByLabel("Kommun", { exact: true }).selectOption({ label: options.municipality });
  } else {
    await page.getByLabel(sv.observer).check();
    await page.getByLabel("Organisationens namn").fill(options.observer!);
  }
  await page.getByLabel("Ditt namn").fill(options.contact.name);
  await page.getByLabel("Din e-postadress").fill(options.contact.email);
  await page.getByLabel("Ditt telefonnummer").fill("070-123 45 67");
  if (options.contactAttends) await page.getByLabel("Jag ska själv delta i träffen").check();
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/delegates/);
}

/** Fills delegate fieldsets from `index` on, adding fieldsets as needed. */
export async function fillDelegatesStep(
  page: Page,
  people: Person[],
  options: { from?: number; check?: boolean } = {},
) {
  const from = options.from ?? 0;
  for (const [offset, delegate] of people.entries()) {
    const index = from + offset;
    if ((await page.locator(`#delegates-${index}-name`).count()) === 0) {
      await page.getByRole("button", { name: "Lägg till en deltagare till" }).click();
      await expect(page.locator(`#delegates-${index}-name`)).toBeFocused();
    }
    await page.locator(`#delegates-${index}-name`).fill(delegate.name);
    await page.locator(`#delegates-${index}-email`).fill(delegate.email);
    await page.locator(`#delegates-${index}-title`).fill(delegate.title);
  }
  if (options.check) await expectAccessible(page);
  await page.getByRole("button", { name: sv.continue }).last().click();
  await page.waitForURL(/\/choices/);
}

export async function chooseActivities(page: Page, delegateName: string, activities: string[]) {
  const group = page.getByRole("group", { name: `Vad deltar ${delegateName} i?` });
  for (const activity of activities) await group.getByLabel(activity, { exact: true }).check();
}

export const ACTIVITY = {
  day1: "Dag 1: infrastruktur, talangjakt och utbildning",
  dinner: "Nätverksmiddag",
  hybrit: "Studiebesök på HYBRIT:s pilotanläggning",
  day2: "Dag 2: erfarenhetsutbyte och avslutning",
  annualMeeting: "Årsmöte för Svenska Industrikommuner",
};

export async function fillHybritDetails(page: Page, delegateName: string) {
  const visitor = page.getByRole("group", { name: delegateName, exact: true });
  await visitor.getByLabel("Födelsedatum").fill("1968-02-14");
  await visitor.getByLabel("Medborgarskap").fill("Svensk");
  await visitor.getByLabel("Skostorlek (för skyddsskor)").fill("42");
}

export async function submitReview(page: Page, options: { check?: boolean } = {}) {
  await page.waitForURL(/\/review/);
  if (options.check) await expectAccessible(page);
  await page.getByLabel(/Jag har läst hur personuppgifterna hanteras/).check();
  await page.getByRole("button", { name: "Skicka anmälan" }).click();
  await page.waitForURL(/\/confirmation/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmälan är mottagen");
  return (await page.locator(".reference").textContent())!.trim();
}
