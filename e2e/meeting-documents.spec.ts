// The meeting's papers: an administrator uploads them with a publication date and audience; the
// notice goes by mail to every member's contact of the register, and the page shows its delivery.
import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./support/admin";
import { registerViaApi } from "./support/api";
import { expectAccessible } from "./support/axe";
import { addMemberContact } from "./support/database";
import { manageLinkIn, waitForMail } from "./support/mail-catcher";
import { person } from "./support/registration";

test.use({ storageState: ADMIN_STATE });

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\ntrailer <<>>\n%%EOF\n`);

test("the notice reaches every member's contact; papers show from their date, to everyone or to those registered", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const contacts = [
    { municipality: "Degerfors kommun", ...person("Dora Degerfors") },
    { municipality: "Köpings kommun", ...person("Kalle Koping") },
  ];
  for (const contact of contacts) await addMemberContact(contact.municipality, contact.name, contact.email);

  await page.goto("/admin/events/lulea-2027/documents");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Handlingar");
  await expect(page.getByText("Ingen kallelse är uppladdad än.")).toBeVisible();
  await expectAccessible(page);

  // A missing title is named at its field, and what was typed comes back.
  const upload = async (
    kind: string,
    title: string,
    file: Buffer,
    audience = "Alla som besöker träffens sida",
  ) => {
    await page.getByRole("combobox", { name: "Typ av handling" }).selectOption({ label: kind });
    await page.getByLabel("Titel på svenska").fill(title);
    await page.getByLabel("Titel på engelska").fill(`${title} (en)`);
    await page.getByLabel("Publiceras").fill("2026-11-30T09:00");
    await page.getByLabel(audience).check();
    await page
      .getByLabel("Fil (PDF)")
      .setInputFiles({ name: `${title}.pdf`, mimeType: "application/pdf", buffer: file });
    await page.getByRole("button", { name: "Ladda upp" }).click();
  };
  await upload("Kallelse", "Kallelse till årsmötet", Buffer.from("inte en pdf"));
  await expect(page.getByRole("link", { name: /Dokumentet måste vara en PDF-fil/ })).toBeVisible();
  await expect(page.getByLabel("Titel på svenska")).toHaveValue("Kallelse till årsmötet");
  await expectAccessible(page);

  // The notice goes now: the meeting is fewer weeks away than set.
  await page.getByLabel("Veckor före träffen").fill("26");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("status")).toHaveText("Sparat.");
  await upload("Kallelse", "Kallelse till årsmötet", pdf("kallelse"));
  await expect(page.getByRole("status")).toHaveText("Handlingen är uppladdad.");
  await upload(
    "Valberedningens förslag",
    "Valberedningens förslag",
    pdf("valberedning"),
    "Bara anmälda, via sin privata länk",
  );
  await expect(page.getByRole("status")).toHaveText("Handlingen är uppladdad.");

  for (const contact of contacts) {
    const mail = await waitForMail(contact.email, /^Kallelse: /, 60_000);
    expect(mail.text).toContain("Kallelse till årsmötet");
    const attached = mail.attachments.find((attachment) => attachment.contentType === "application/pdf");
    expect(attached?.filename).toBe("Kallelse till årsmötet.pdf");
    expect(attached?.content.toString()).toContain("% kallelse");
  }
  await expect(async () => {
    await page.goto("/admin/events/lulea-2027/documents");
    await expect(page.getByText(/Kallelsen skickades/)).toBeVisible();
    await expect(page.getByText(/[1-9]\d* skicka(t|de), \d+ i kö/)).toBeVisible();
  }).toPass({ timeout: 30_000 });

  // The public page lists the notice, not the delegates' paper.
  await page.goto("/events/lulea-2027");
  const papers = page.getByRole("region", { name: "Handlingar" });
  await expect(papers.getByRole("link", { name: "Kallelse till årsmötet" })).toBeVisible();
  await expect(papers.getByText("Valberedningens förslag")).toHaveCount(0);
  const href = await papers.getByRole("link", { name: "Kallelse till årsmötet" }).getAttribute("href");
  const download = await request.get(href!);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);

  // Someone registered reads both through their private link.
  const registered = await registerViaApi(request, "Rolf Registrerad", ["day-1"]);
  const link = manageLinkIn(await waitForMail(registered.delegates[0].email, /^Bekräftelse/));
  await page.goto(link);
  const own = page.getByRole("region", { name: "Handlingar" });
  await expect(own.getByRole("link", { name: "Valberedningens förslag" })).toBeVisible();
  const inner = await request.get(
    (await own.getByRole("link", { name: "Valberedningens förslag" }).getAttribute("href"))!,
  );
  expect((await inner.body()).toString()).toContain("% valberedning");
  await expectAccessible(page);
});
