// Forms posted by an attacker, through the real HTTP interface: field names that aim at
// Object.prototype on every form of the app, and generated fields and values thrown at the
// registration form. The site must keep answering, no 5xx, no prototype changed, no mail
// anywhere new and nothing stored from a rejected post.
import fc from "fast-check";
import { expect, test, type Page } from "@playwright/test";
import { queryRows } from "../scripts/lib/database";
import { ADMIN_STATE } from "./support/admin";
import { attendeeIdByEmail } from "./support/database";
import { registerViaApi } from "./support/api";
import { contactOf, listMail, manageLinkIn, waitForMail } from "./support/mail-catcher";
import { fillDelegatesStep, fillOrganisationStep, person, sv } from "./support/registration";

const ATTACKER = "attacker@evil.example";
const HOSTILE_NAMES = [
  "__proto__",
  "__proto__.bcc",
  "answers.__proto__.bcc",
  "answers.constructor.prototype.bcc",
  "answers.prototype.bcc",
  "delegates.0.answers.__proto__.bcc",
  "delegates.0.answers.constructor.prototype.bcc",
  "constructor.prototype.bcc",
  "activities.__proto__.capacity",
];

/** Adds the hostile fields to every form on the page, as an attacker editing the page would. */
async function injectHostileFields(page: Page) {
  await page.evaluate(
    ({ names, value }) => {
      for (const form of Array.from(document.querySelectorAll("form"))) {
        for (const name of names) {
          const input = document.createElement("input");
          input.type = "hidden";
          input.name = name;
          input.value = value;
          form.appendChild(input);
        }
      }
    },
    { names: HOSTILE_NAMES, value: ATTACKER },
  );
}

async function expectHealthy(page: Page) {
  const response = await page.request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok" });
}

async function expectNoMailToAttacker() {
  const mails = await listMail();
  const leaked = mails.filter((mail) => JSON.stringify(mail).toLowerCase().includes(ATTACKER.split("@")[1]!));
  expect(leaked).toEqual([]);
}

test.describe("hostile field names", () => {
  test.use({ javaScriptEnabled: false });

  test("on every step of the registration form and on the private link", async ({ page, request }) => {
    await page.goto("/events/lulea-2027/register");
    await injectHostileFields(page);
    await fillOrganisationStep(page, { observer: "Prototypverket", contact: person("Proto Kontakt") });
    await expectHealthy(page);
    await injectHostileFields(page);
    await fillDelegatesStep(page, [person("Proto Delegat")]);
    await expectHealthy(page);
    await injectHostileFields(page);
    await page.getByLabel("Dag 1", { exact: false }).first().check();
    await page.getByRole("button", { name: sv.continue }).click();
    await page.waitForURL(/\/needs/);
    await injectHostileFields(page);
    await page.getByRole("button", { name: sv.continue }).click();
    await page.waitForURL(/\/review/);
    await injectHostileFields(page);
    await page.getByRole("button", { name: /Skicka/ }).click();
    await expectHealthy(page);

    const name = `Proto Länk ${Date.now().toString(36)}`;
    const registration = await registerViaApi(request, name, ["day-1"]);
    const manage = manageLinkIn(await waitForMail(registration.delegates[0].email, /^Bekräftelse/));
    for (const link of [`Ändra uppgifter för ${name}`, `Ändra val av program för ${name}`]) {
      await page.goto(manage);
      await page.getByRole("link", { name: link }).click();
      await injectHostileFields(page);
      await page.getByRole("button", { name: /Spara/ }).click();
      await expectHealthy(page);
    }
    // The contact's link: adding a delegate, with the hostile fields and a real delegate.
    const contactMail = await waitForMail(await contactOf(registration.reference), /^Anmälan mottagen/);
    await page.goto(manageLinkIn(contactMail));
    await page.getByRole("link", { name: "Lägg till en deltagare" }).click();
    await injectHostileFields(page);
    const added = person("Proto Tillagd");
    await page.getByLabel("Namn", { exact: true }).fill(added.name);
    await page.getByLabel("E-postadress", { exact: true }).fill(added.email);
    await page.getByLabel("Titel eller roll").fill(added.title);
    await page.getByLabel("Dag 1", { exact: false }).first().check();
    await page
      .getByRole("button", { name: /Lägg till|Spara/ })
      .last()
      .click();
    await expectHealthy(page);
    await expectNoMailToAttacker();
  });

  test.describe("staff forms", () => {
    test.use({ storageState: ADMIN_STATE });

    test("on the settings, staff, check-in, messages and participant pages", async ({ page, request }) => {
      const name = `Proto Personal ${Date.now().toString(36)}`;
      const registration = await registerViaApi(request, name, ["day-1"]);
      const attendee = `participants/${await attendeeIdByEmail(registration.delegates[0].email)}`;
      for (const path of [
        "settings",
        "staff",
        "check-in",
        "messages",
        `${attendee}/edit`,
        `${attendee}/choices`,
      ]) {
        await page.goto(`/admin/events/lulea-2027/${path}`);
        await injectHostileFields(page);
        // The first form's button: save, preview or check in; each answers with the page again. On
        // the staff page that is the form adding a colleague, not a colleague's remove button: a
        // colleague removed here would lose their role for the rest of the run.
        const scope =
          path === "staff"
            ? page.getByRole("region", { name: "Lägg till eller ändra" })
            : page.locator("main");
        await scope.locator("form button[type=submit], form button:not([type])").first().click();
        await page.waitForLoadState();
        expect(await page.locator("body").textContent()).not.toContain("Internal Server Error");
        await expectHealthy(page);
      }
      await expectNoMailToAttacker();
    });
  });
});

/** The hidden fields React renders into a server-action form for browsers without JavaScript. */
function actionFields(html: string): [string, string][] {
  const unescape = (text: string) =>
    text
      .replaceAll("&quot;", '"')
      .replaceAll("&#x27;", "'")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&");
  return Array.from(html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)).flatMap(([tag]) => {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    return name?.startsWith("$ACTION") ? [[unescape(name), unescape(value)] as [string, string]] : [];
  });
}

const draftCount = async () =>
  (
    await queryRows<{ n: number }>(
      process.env.DATABASE_URL!,
      `SELECT count(*)::int AS n FROM "RegistrationDraft"`,
    )
  )[0]!.n;

test("generated fields and values on the registration form: no 5xx, no prototype change, nothing stored when refused", async ({
  request,
  baseURL,
}) => {
  const page = await request.get("/events/lulea-2027/register");
  const hidden = actionFields(await page.text());
  expect(hidden.length).toBeGreaterThan(0);
  // The harness reaches the action: a valid first step through the same fields starts a draft.
  const control = new FormData();
  for (const [name, text] of hidden) control.append(name, text);
  const valid = {
    "organisation.kind": "observer",
    "organisation.name": "Kontrollverket",
    "contact.name": "Kontroll Person",
    "contact.email": `kontroll-${Date.now()}@example.se`,
    "contact.phone": "070-123 45 67",
  };
  for (const [name, text] of Object.entries(valid)) control.append(name, text);
  const drafts = await draftCount();
  const started = await request.post("/events/lulea-2027/register", {
    multipart: control,
    headers: { origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(started.status()).toBeLessThan(400);
  expect(await draftCount()).toBe(drafts + 1);

  const segment = fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "answers",
    "delegates",
    "0",
    "bcc",
    "organisation",
    "kind",
  );
  const fieldName = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      ...HOSTILE_NAMES,
      "organisation.kind",
      "organisation.name",
      "contact.email",
      "contact.name",
    ),
    fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(".")),
  );
  const value = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom(
      "\u0000",
      "a\ud800b",
      "\u202eevil",
      '=HYPERLINK("http://x")',
      "observer",
      "member",
      ATTACKER,
    ),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fieldName, value), { maxLength: 25 }), async (fields) => {
      const before = await draftCount();
      const form = new FormData();
      for (const [name, text] of [...hidden, ...fields]) form.append(name, text);
      const response = await request.post("/events/lulea-2027/register", {
        multipart: form,
        headers: { origin: new URL(baseURL!).origin },
        maxRedirects: 0,
      });
      expect(response.status(), JSON.stringify(fields)).toBeLessThan(500);
      if (response.status() < 300 || response.status() >= 400) expect(await draftCount()).toBe(before);
    }),
    { numRuns: 40 },
  );
  const health = await request.get("/api/health");
  expect(await health.json()).toMatchObject({ status: "ok" });
  await expectNoMailToAttacker();
});
