// Every page of the app, in Swedish and in English, checked with axe (WCAG 2.1 A and AA): the
// public pages, each step of the registration, the private manage pages and every staff page.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ADMIN_STATE } from "./support/admin";
import { activityId, organisationId } from "./support/database";
import { expectAccessible } from "./support/axe";
import { checkInPathFromMail } from "./support/check-in";
import { manageLinkIn, waitForMail } from "./support/mail-catcher";
import { fillDelegatesStep, fillOrganisationStep, person, sv } from "./support/registration";

// Each test visits a dozen or more pages twice, with axe on each.
test.describe.configure({ timeout: 180_000 });

const EVENT = "/events/lulea-2027";
const ADMIN_EVENT = "/admin/events/lulea-2027";

/** Checks `path` (a Swedish path, no prefix) in both languages, ending on the Swedish page. */
async function checkBothLanguages(page: Page, path: string) {
  for (const localised of [`/en${path === "/" ? "" : path}`, path]) {
    const response = await page.goto(localised);
    expect(response?.status(), localised).toBeLessThan(500);
    await expect(page.locator("html")).toHaveAttribute("lang", localised.startsWith("/en") ? "en" : "sv");
    await expectAccessible(page);
  }
}

/** One observer registration through the API; returns the contact's and the delegate's addresses. */
async function register(request: APIRequestContext) {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const event = await (await request.get(`/api/v1${EVENT}`)).json();
  const day1 = event.activities.find((activity: { key: string }) => activity.key === "day-1").id;
  const contact = `a11y-kontakt-${unique}@example.se`;
  const delegate = `a11y-deltagare-${unique}@example.se`;
  const response = await request.post(`/api/v1${EVENT}/registrations`, {
    data: {
      idempotencyKey: `a11y-${unique}`,
      organisation: { kind: "observer", name: `Tillgänglighetsprovet ${unique}` },
      contact: { name: "Tove Tangent", email: contact, phone: "070-000 00 00" },
      privacyConsent: true,
      delegates: [{ name: "Zoe Zoom", email: delegate, title: "Utredare", activityIds: [day1] }],
    },
  });
  expect(response.status()).toBe(201);
  return { contact, delegate };
}

test("public pages and every registration step pass axe in both languages", async ({ page }) => {
  for (const path of [
    "/",
    EVENT,
    "/privacy",
    "/accessibility",
    "/no-such-page",
    "/admin/sign-in",
    "/admin/sign-in/check-email",
  ]) {
    await checkBothLanguages(page, path);
  }

  // The first step lives at /register until it is sent; the draft's own pages follow.
  await checkBothLanguages(page, `${EVENT}/register`);
  const contact = person("Tea Tangentbord");
  await fillOrganisationStep(page, { observer: "Axe-provet AB", contact, contactAttends: true });
  const delegates = new URL(page.url()).pathname;
  await checkBothLanguages(page, delegates);
  // The organisation step of a saved draft, as "Back" shows it.
  await checkBothLanguages(page, delegates.replace(/\/delegates$/, "/organisation"));
  await page.goto(delegates);
  await page.locator("#delegates-0-title").fill(contact.title);
  await fillDelegatesStep(page, [], { from: 1 });
  await checkBothLanguages(page, new URL(page.url()).pathname);
  await page
    .getByRole("group", { name: `Vad deltar ${contact.name} i?` })
    .getByLabel(/^Dag 1/)
    .check();
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/needs/);
  await checkBothLanguages(page, new URL(page.url()).pathname);
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/review/);
  await checkBothLanguages(page, new URL(page.url()).pathname);
  await page.getByLabel(/Jag har läst hur personuppgifterna hanteras/).check();
  await page.getByRole("button", { name: "Skicka anmälan" }).click();
  await page.waitForURL(/\/confirmation/);
  await checkBothLanguages(page, new URL(page.url()).pathname);
});

test("the private manage pages pass axe in both languages", async ({ page, request }) => {
  const { contact } = await register(request);
  const manage = manageLinkIn(await waitForMail(contact, /^Anmälan mottagen/));
  await checkBothLanguages(page, manage);
  const attendee = await page.locator('a[href*="/attendees/"]').first().getAttribute("href");
  const attendeePath = new URL(attendee!, page.url()).pathname;
  for (const path of [
    attendeePath,
    `${attendeePath}/choices`,
    `${attendeePath}/stay`,
    `${attendeePath}/cancel`,
    `${manage}/add`,
    `${manage}/cancel`,
  ]) {
    await checkBothLanguages(page, path);
  }
});

test.describe("staff pages", () => {
  test.use({ storageState: ADMIN_STATE });

  test("every page about one person passes axe in both languages", async ({ page, request }) => {
    const { delegate } = await register(request);
    const checkIn = await checkInPathFromMail(delegate);
    await page.goto(`${ADMIN_EVENT}/participants?q=${encodeURIComponent("Zoe Zoom")}`);
    const link = await page.getByRole("link", { name: "Zoe Zoom" }).first().getAttribute("href");
    const participant = new URL(link!, page.url()).pathname;
    await page.goto(participant);
    const eraseContact = await page
      .getByRole("link", { name: "Radera kontaktpersonens uppgifter" })
      .getAttribute("href");
    for (const path of [
      participant,
      `${participant}/edit`,
      `${participant}/choices`,
      `${participant}/cancel`,
      `${participant}/erase`,
      new URL(eraseContact!, page.url()).pathname,
      checkIn,
    ]) {
      await checkBothLanguages(page, path);
    }
  });

  // In groups of a few pages, so each group runs in its own time and the two workers share them.
  const groups: [string, () => Promise<string[]>][] = [
    [
      "the association's pages",
      async () => ["/admin", "/admin/events/new", "/admin/members", "/admin/members/import"],
    ],
    [
      "the meeting's lists",
      async () => [
        ADMIN_EVENT,
        `${ADMIN_EVENT}/participants`,
        `${ADMIN_EVENT}/exports`,
        `${ADMIN_EVENT}/messages`,
      ],
    ],
    [
      "the meeting's settings",
      async () => [
        `${ADMIN_EVENT}/settings`,
        `${ADMIN_EVENT}/settings/anonymise`,
        `${ADMIN_EVENT}/settings/activities/${await activityId("hybrit")}/questions`,
        `${ADMIN_EVENT}/settings/activities/${await activityId("hybrit")}/questions/shoeSize`,
        `${ADMIN_EVENT}/settings/programme`,
        `${ADMIN_EVENT}/settings/questions`,
        `${ADMIN_EVENT}/settings/activities/${await activityId("dinner")}/remove`,
      ],
    ],
    [
      "the meeting's people",
      async () => [
        `${ADMIN_EVENT}/staff`,
        `${ADMIN_EVENT}/preview`,
        `${ADMIN_EVENT}/audit`,
        `/admin/members/${await organisationId("Luleå kommun")}/contacts`,
      ],
    ],
    [
      "the meeting's day and members",
      async () => [
        `${ADMIN_EVENT}/check-in`,
        `${ADMIN_EVENT}/voting-register`,
        `${ADMIN_EVENT}/voting-register/${await organisationId("Luleå kommun")}`,
        `${ADMIN_EVENT}/approvals`,
        `${ADMIN_EVENT}/invitations`,
        `${ADMIN_EVENT}/documents`,
        `${ADMIN_EVENT}/stay`,
        `${ADMIN_EVENT}/evaluation`,
      ],
    ],
  ];
  for (const [name, paths] of groups) {
    test(`${name} pass axe in both languages`, async ({ page }) => {
      for (const path of await paths()) await checkBothLanguages(page, path);
    });
  }
});
