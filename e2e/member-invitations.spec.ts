// Who speaks for a member: the secretariat names a municipality's contact and sends the
// invitations; the contact registers through the link and names the ombud, who holds the vote.
// Someone registering for the same municipality without the link is told the registration waits
// for approval, takes no vote, and staff approve it without the vote moving.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE } from "./support/admin";
import { expectAccessible } from "./support/axe";
import { waitForMail } from "./support/mail-catcher";
import {
  ACTIVITY,
  chooseActivities,
  fillDelegatesStep,
  fillOrganisationStep,
  person,
  submitReview,
  sv,
} from "./support/registration";

const MUNICIPALITY = "Kiruna kommun";

test.describe.configure({ mode: "serial" });

/** Registers one delegate for the annual meeting as the municipality's ombud, from the page open now. */
async function registerOmbud(
  page: Page,
  contact: ReturnType<typeof person>,
  ombud: ReturnType<typeof person>,
) {
  await fillOrganisationStep(page, { municipality: MUNICIPALITY, contact });
  await fillDelegatesStep(page, [ombud]);
  await chooseActivities(page, ombud.name, [ACTIVITY.day2, ACTIVITY.annualMeeting]);
  await page
    .getByRole("group", { name: /ombud på årsmötet/ })
    .getByLabel(ombud.name)
    .check();
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/needs/);
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/review/);
}

test("a registration through the invitation counts at once; one without it waits and takes no vote", async ({
  browser,
}) => {
  // Two people through the whole form and staff around them: longer than one page's minute.
  test.setTimeout(120_000);
  const admin = await (await browser.newContext({ storageState: ADMIN_STATE })).newPage();
  const publicPage = await (await browser.newContext()).newPage();
  const contact = person("Kim Kontakt");

  // The secretariat names the municipality's contact in the member register.
  await admin.goto("/admin/members");
  await admin
    .getByRole("row", { name: new RegExp(MUNICIPALITY) })
    .getByRole("link", { name: /kontakt/i })
    .click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Kontaktpersoner för ${MUNICIPALITY}`);
  await admin.getByLabel("Namn", { exact: true }).fill(contact.name);
  await admin.getByLabel("E-postadress", { exact: true }).fill(contact.email);
  await admin.getByRole("button", { name: "Lägg till kontaktperson" }).click();
  await expect(admin.getByRole("status")).toHaveText("Kontaktpersonen är tillagd.");
  await expect(admin.getByRole("row", { name: new RegExp(contact.name) })).toBeVisible();
  await expectAccessible(admin);

  // Someone else registers for the municipality first, without the link, and names an ombud.
  const stranger = person("Sam Snabb");
  const strangerOmbud = person("Otto Obehörig");
  await publicPage.goto("/events/lulea-2027/register");
  await registerOmbud(publicPage, stranger, strangerOmbud);
  await expect(publicPage.getByText(/Anmälan granskas av sekretariatet/)).toContainText(
    "den kom inte via organisationens inbjudningslänk",
  );
  await expectAccessible(publicPage);
  await submitReview(publicPage);
  await expect(publicPage.getByText(/Anmälan väntar på godkännande/)).toBeVisible();
  // Anyone may attend the annual meeting; only the vote waits for the secretariat.
  await expect(publicPage.locator(".status-list li", { hasText: ACTIVITY.annualMeeting })).toContainText(
    /[Bb]ekräftad/,
  );
  const pendingMail = await waitForMail(stranger.email, /Anmälan mottagen/);
  expect(pendingMail.text).toContain("Sekretariatet granskar anmälan");

  // Staff send the invitations and watch them go out.
  await admin.goto("/admin/events/lulea-2027/invitations");
  await expect(admin.getByRole("row", { name: new RegExp(MUNICIPALITY) })).toContainText(
    "Väntar på godkännande",
  );
  await expectAccessible(admin);
  // The pending registration does not count as registered: the municipality is still invited.
  await admin.getByRole("button", { name: "Skicka inbjudningar" }).click();
  await expect(
    admin.getByRole("status").filter({ hasText: /inbjudan skickas|inbjudningar skickas/ }),
  ).toBeVisible();
  // Named by its meeting: another journey may invite the same contacts to its own.
  const invitation = await waitForMail(contact.email, /Inbjudan till Nätverksträff med årsmöte i Luleå/);
  const href = /href="([^"]*invitation=[^"]+)"/.exec(String(invitation.html))![1]!.replaceAll("&amp;", "&");
  const link = new URL(href);

  // The contact registers through the link and names the ombud, who holds the vote.
  const ombud = person("Olga Ombud");
  await publicPage.goto(`${link.pathname}${link.search}`);
  await expect(publicPage.getByText(`Ni anmäler med inbjudan för ${MUNICIPALITY}`)).toBeVisible();
  await registerOmbud(publicPage, contact, ombud);
  await expect(publicPage.getByText("Anmälan görs med organisationens inbjudan")).toBeVisible();
  await submitReview(publicPage);
  await expect(publicPage.getByText(/väntar på godkännande/i)).toHaveCount(0);

  await admin.goto("/admin/events/lulea-2027/voting-register");
  // The one asking for the vote is listed only as attending without one.
  const register = admin.getByRole("region", { name: "Just nu" });
  await expect(register.getByRole("row", { name: new RegExp(MUNICIPALITY) })).toContainText(ombud.name);
  await expect(register.getByText(strangerOmbud.name)).toHaveCount(0);

  // Staff approve the waiting registration: it now counts, but the vote stays with the ombud.
  await admin.goto("/admin/events/lulea-2027");
  await admin.getByRole("link", { name: "Granska" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Anmälningar att godkänna");
  await admin
    .getByRole("listitem")
    .filter({ hasText: stranger.name })
    .getByRole("link", { name: /Granska och godkänn/ })
    .click();
  await expect(admin.getByText(`Vill vara ombud: ${strangerOmbud.name}`)).toBeVisible();
  await expectAccessible(admin);
  // The tick is asked for first.
  await admin.getByRole("button", { name: "Godkänn anmälan" }).click();
  await expect(admin.getByRole("link", { name: /Kryssa i att du har kontrollerat/ })).toBeVisible();
  await admin.getByLabel(/Jag har kontrollerat att/).check();
  await admin.getByRole("button", { name: "Godkänn anmälan" }).click();
  await expect(admin.getByRole("status")).toContainText("är godkänd");
  await expect(admin.getByRole("status")).toContainText("rösten stannar hos det");
  await waitForMail(stranger.email, /Anmälan godkänd/);

  await admin.goto("/admin/events/lulea-2027/voting-register");
  await expect(
    admin.getByRole("region", { name: "Just nu" }).getByRole("row", { name: new RegExp(MUNICIPALITY) }),
  ).toContainText(ombud.name);
});
