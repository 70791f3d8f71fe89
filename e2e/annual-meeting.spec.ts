// The annual meeting: a member names its ombud and substitute and gives the mandate; the
// substitute votes when the ombud does not come; observers attend without a vote; a missing
// mandate is confirmed through the one-time link the register's contact is mailed.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { STAFF_STATE } from "./support/admin";
import { expectAccessible } from "./support/axe";
import { checkInPathFromMail } from "./support/check-in";
import { addMemberContact, invitationToken, organisationId } from "./support/database";
import { manageLinkIn, waitForMail } from "./support/mail-catcher";
import { person } from "./support/registration";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** A member's registration through its invitation: the ombud and a second person at the annual meeting. */
async function registerMember(request: APIRequestContext, municipality: string) {
  const event = await (await request.get("/api/v1/events/lulea-2027")).json();
  const id = (key: string) => event.activities.find((activity: { key: string }) => activity.key === key).id;
  const organisation = await organisationId(municipality);
  const [contact, ombud, second] = [person("Kim Kontakt"), person("Olle Ombud"), person("Ebba Ersattare")];
  const response = await request.post("/api/v1/events/lulea-2027/registrations", {
    data: {
      idempotencyKey: `annual-${contact.email}`,
      organisation: { kind: "member", id: organisation },
      invitationToken: await invitationToken(organisation),
      contact: { name: contact.name, email: contact.email, phone: "070-000 00 00" },
      privacyConsent: true,
      delegates: [ombud, second].map((delegate, index) => ({
        name: delegate.name,
        email: delegate.email,
        title: delegate.title,
        activityIds: [id("day-2"), id("annual-meeting")],
        isVotingDelegate: index === 0,
      })),
    },
  });
  expect(response.status()).toBe(201);
  const contactLink = manageLinkIn(await waitForMail(contact.email, /Anmälan mottagen/));
  return { contact, ombud, second, contactLink };
}

test("a member names an ombud and a substitute and uploads the mandate; the ombud does not come and the substitute votes", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const municipality = "Gislaveds kommun";
  const { ombud, second, contactLink } = await registerMember(request, municipality);

  // The contact opens the private link and the member's vote.
  await page.goto(contactLink);
  const card = page.getByRole("region", { name: "Ombud, ersättare och fullmakt" });
  await expect(card).toContainText(`Ombud: ${ombud.name}`);
  await expect(card).toContainText("Fullmakt: Saknas");
  await card.getByRole("link", { name: "Ombud, ersättare och fullmakt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ombud, ersättare och fullmakt");
  await expectAccessible(page);
  await page.getByRole("combobox", { name: "Ersättare" }).selectOption({ label: second.name });
  await page.getByRole("button", { name: "Spara ersättare" }).click();
  await expect(page.getByRole("status")).toHaveText("Sparat.");

  // A file that is not a PDF is refused at its field; the PDF is taken.
  const file = page.getByLabel("Fullmakt (PDF)");
  await file.setInputFiles({
    name: "fullmakt.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html></html>"),
  });
  await page.getByRole("button", { name: "Ladda upp" }).click();
  const error = page.getByRole("link", { name: "Fullmakten måste vara en PDF-fil" });
  await expect(error).toBeVisible();
  await error.click();
  await expect(file).toBeFocused();
  await file.setInputFiles({ name: "fullmakt-gislaved.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Ladda upp" }).click();
  await expect(page.getByRole("status")).toHaveText("Fullmakten är uppladdad.");
  await expect(page.getByText("Uppladdad som PDF.")).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/en${new URL(page.url()).pathname}`);
  await expect(page.getByText("Uploaded as a PDF.")).toBeVisible();
  await expectAccessible(page);
  await page.goBack();

  // Replacing the ombud asks for the reason at its field.
  await page.getByRole("combobox", { name: "Nytt ombud" }).selectOption({ label: second.name });
  await page.getByRole("button", { name: "Byt ombud" }).click();
  await expect(page.getByRole("link", { name: /Ange varför ombudet byts eller tas bort/ })).toBeVisible();

  // At the door of the annual meeting the ombud has not come: the substitute takes the vote.
  const staff = await page.context().browser()!.newContext({ baseURL, storageState: STAFF_STATE });
  const door = await staff.newPage();
  const code = (await checkInPathFromMail(second.email)).split("/").pop()!;
  await door.goto(`/admin/events/lulea-2027/check-in?scope=annual-meeting&code=${code}`);
  const substituteCard = door.getByRole("region", { name: second.name });
  await expect(substituteCard).toContainText(`Ersättare: röstar för ${municipality}`);
  await substituteCard.getByRole("button", { name: `Checka in ${second.name}` }).click();
  await expect(substituteCard.getByRole("status")).toContainText(/Incheckad/);

  await door.goto("/admin/events/lulea-2027/voting-register");
  const row = door.getByRole("row", { name: new RegExp(municipality) });
  await expect(row).toContainText(`${second.name} (ersättare för ${ombud.name})`);
  await expect(row).toContainText("Uppladdad (PDF)");
  await expectAccessible(door);
  const live = await staff.request.get("/api/admin/events/lulea-2027/exports/voting-register?format=csv");
  const csv = await live.text();
  expect(csv).toContain(`${municipality};${second.name};Ersättare;`);

  // The mandate is offered only as a download, never shown in the browser.
  await row.getByRole("link", { name: `Ombud och fullmakt för ${municipality}` }).click();
  const download = await staff.request.get(
    (await door.getByRole("link", { name: /Ladda ner fullmakten/ }).getAttribute("href"))!,
  );
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toBe('attachment; filename="fullmakt-gislaved.pdf"');
  expect(download.headers()["content-security-policy"]).toContain("sandbox");
  expect(Buffer.compare(await download.body(), PDF)).toBe(0);
  await expectAccessible(door);
  await staff.close();
});

test("an observer attends the annual meeting and is listed without a vote", async ({ baseURL, request }) => {
  const observer = person("Oskar Observator");
  const event = await (await request.get("/api/v1/events/lulea-2027")).json();
  const meetingId = event.activities.find(
    (activity: { key: string }) => activity.key === "annual-meeting",
  ).id;
  const response = await request.post("/api/v1/events/lulea-2027/registrations", {
    data: {
      idempotencyKey: `observer-${observer.email}`,
      organisation: { kind: "observer", name: "Industrirådet" },
      contact: { name: observer.name, email: observer.email, phone: "070-000 00 00" },
      privacyConsent: true,
      delegates: [
        { name: observer.name, email: observer.email, title: "Analytiker", activityIds: [meetingId] },
      ],
    },
  });
  expect(response.status()).toBe(201);
  const staff = await playwrightRequest.newContext({ baseURL, storageState: STAFF_STATE });
  const page = await (await staff.get("/admin/events/lulea-2027/voting-register")).text();
  const section = page.slice(page.indexOf("Anmälda till årsmötet utan rösträtt"));
  expect(section).toContain(observer.name);
  expect(section).toContain("Industrirådet");
  await staff.dispose();
});

test("staff remind a member without a mandate; its contact confirms through the one-time link", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const municipality = "Söderhamns kommun";
  const registered = person("Rita Register");
  await addMemberContact(municipality, registered.name, registered.email);
  const { ombud } = await registerMember(request, municipality);

  const staff = await page.context().browser()!.newContext({ baseURL, storageState: STAFF_STATE });
  const admin = await staff.newPage();
  await admin.goto("/admin/events/lulea-2027/voting-register");
  const missing = admin.getByRole("region", { name: "Fullmakter som saknas" });
  await expect(missing).toContainText(municipality);
  await missing.getByRole("button", { name: "Påminn om saknade fullmakter" }).click();
  await expect(admin.getByRole("status")).toContainText(/påminnelse/);
  await staff.close();

  const mail = await waitForMail(registered.email, new RegExp(`Fullmakt för ${municipality}`));
  expect(mail.text).toContain(ombud.name);
  const link = new URL(/href="([^"]*\/mandates\/[^"]+)"/.exec(String(mail.html))![1]!).pathname;
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bekräfta fullmakt");
  await expect(page.getByText(ombud.name)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Bekräfta fullmakten" }).click();
  await expect(page.getByRole("status")).toHaveText(`Tack! Fullmakten för ${municipality} är bekräftad.`);
  // The link works once.
  await page.goto(link);
  await expect(page.getByText(/Länken har redan använts/)).toBeVisible();
  await page.goto(`/en${link}`);
  await expect(page.getByText(/The link has already been used/)).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("button", { name: "Bekräfta fullmakten" })).toHaveCount(0);
});
