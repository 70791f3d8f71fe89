// On site: staff check people in by the QR code from their mail (scanned by the page's camera or by
// the phone's own camera app), by typing it, or by searching the name; badges and the voting register.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, request as playwrightRequest, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { STAFF_STATE, VIEWER_STATE } from "./support/admin";
import { registerViaApi } from "./support/api";
import { waitForMail } from "./support/mail-catcher";
import { expectAccessible } from "./support/axe";
import { checkInPathFromMail, writeQrVideo } from "./support/check-in";
import { organisationId } from "./support/database";

test.use({ storageState: STAFF_STATE });
// One after another: the live counts these tests read change with every check-in.
test.describe.configure({ mode: "serial" });

const emailOf = (registration: { delegates: { email: string }[] }) => registration.delegates[0]!.email;

async function pdfText(data: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  const { text } = await parser.getText();
  await parser.destroy();
  // A long name may wrap onto a second line of its badge.
  return text.replace(/\s+/g, " ");
}

test("the QR code from the mail opens the person's card; check in, see a second scan, undo", async ({
  page,
  request,
}) => {
  const name = `Ingrid Incheckning ${Date.now()}`;
  const registration = await registerViaApi(request, name, ["day-1"]);
  const checkInPath = await checkInPathFromMail(emailOf(registration));

  await page.goto(checkInPath);
  const card = page.getByRole("region", { name });
  await expect(card).toContainText("Inte incheckad");
  await expectAccessible(page);
  const counter = page.getByLabel("Incheckade just nu");
  const before = Number(/^(\d+)/.exec((await counter.textContent())!)![1]);
  await card.getByRole("button", { name: `Checka in ${name}` }).click();
  await expect(card.getByRole("status")).toContainText(/Incheckad \d\d:\d\d/);
  await expect(counter).toContainText(`${before + 1} av`);

  // A mistake can be undone for a few minutes.
  await card.getByRole("button", { name: "Ångra incheckningen" }).click();
  await expect(card.getByRole("status")).toHaveText("Incheckningen är ångrad.");
  await expect(counter).toContainText(`${before} av`);
  await card.getByRole("button", { name: `Checka in ${name}` }).click();
  await expect(card.getByRole("status")).toContainText(/Incheckad \d\d:\d\d/);

  // The same code typed in (or scanned again) says when, and checks nobody in twice.
  await page.getByLabel("Incheckningskod", { exact: true }).fill(checkInPath.split("/").pop()!);
  await page.getByRole("button", { name: "Checka in", exact: true }).click();
  await expect(card.getByRole("status")).toContainText("Redan incheckad");
  await expect(counter).toContainText(`${before + 1} av`);
});

test("the short code printed in the mail, typed by hand, checks the person in", async ({ page, request }) => {
  const name = `Kalle Kortkod ${Date.now()}`;
  const registration = await registerViaApi(request, name, ["day-1"]);
  const mail = await waitForMail(emailOf(registration), /^Bekräftelse/);
  // In the text part as well as beside the QR code in the HTML.
  const code = /Incheckningskod: ([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})/.exec(mail.text!)![1]!;
  expect(String(mail.html)).toContain(code);
  await page.goto("/admin/events/lulea-2027/check-in");
  await page.getByLabel("Incheckningskod", { exact: true }).fill(code.toLowerCase().replace("-", " "));
  await page.getByRole("button", { name: "Checka in", exact: true }).click();
  await expect(page.getByRole("region", { name }).getByRole("status")).toContainText(/Incheckad \d\d:\d\d/);
});

test("a wrong code gets a clear message; search by name finds and checks in", async ({ page, request }) => {
  const name = `Sigrid Sökbar ${Date.now()}`;
  await registerViaApi(request, name, ["day-1"]);
  await page.goto("/admin/events/lulea-2027/check-in");
  await page.getByLabel("Incheckningskod", { exact: true }).fill("https://example.se/inte-en-kod");
  await page.getByRole("button", { name: "Checka in", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Koden är ingen giltig incheckningskod" }),
  ).toBeVisible();

  await page.getByLabel("Namn eller organisation").fill("sigrid sökbar");
  await page.getByRole("button", { name: "Sök" }).click();
  await expect(page.getByText("1 träff")).toBeVisible();
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: `Checka in ${name}` }).click();
  await expect(page.getByRole("region", { name }).getByRole("status")).toContainText(/Incheckad \d\d:\d\d/);
  await expectAccessible(page);
});

test("the page's camera scanner reads the QR code and checks the person in", async ({ baseURL, request }) => {
  const name = `Kamilla Kamera ${Date.now()}`;
  const registration = await registerViaApi(request, name, ["day-1"]);
  const checkInPath = await checkInPathFromMail(emailOf(registration));
  const video = path.join(mkdtempSync(path.join(tmpdir(), "sik-camera-")), "qr.y4m");
  writeQrVideo(new URL(checkInPath, baseURL).toString(), video);

  // A browser of its own: the fake camera's video is chosen when Chromium starts.
  const browser = await chromium.launch({
    ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}),
    args: [
      "--no-sandbox",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
  const context = await browser.newContext({ baseURL, storageState: STAFF_STATE, permissions: ["camera"] });
  const page = await context.newPage();
  await page.goto("/admin/events/lulea-2027/check-in");
  await page.getByRole("button", { name: "Starta kameran" }).click();
  await expect(page.getByRole("region", { name }).getByRole("status")).toContainText(/Incheckad \d\d:\d\d/, {
    timeout: 15_000,
  });
  await browser.close();
});

test("badges and the entrance list download as PDFs with the names", async ({ page, request }) => {
  const name = `Åke Ödmark ${Date.now().toString(36)}`;
  await registerViaApi(request, name, ["day-1"]);
  await page.goto("/admin/events/lulea-2027/exports");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Alla namnbrickor/ }).click();
  const badges = await (await download).path();
  const text = await pdfText(readFileSync(badges));
  expect(text).toContain(name);
  expect(text).toContain("Provorganisationen");

  const list = await request.get("/api/admin/events/lulea-2027/exports/entrance-list?format=pdf");
  expect(list.headers()["content-type"]).toBe("application/pdf");
  expect(await pdfText(await list.body())).toContain("Deltagarlista");
});

test("the voting register follows check-ins at the annual meeting and is fixed as a version", async ({
  page,
  request,
}) => {
  const name = `Vera Röstare ${Date.now().toString(36)}`;
  const registration = await registerViaApi(request, name, ["day-2", "annual-meeting"], {
    organisationId: await organisationId("Finspångs kommun"),
    isVotingDelegate: true,
  });
  const checkInPath = await checkInPathFromMail(emailOf(registration));

  await page.goto(
    checkInPath.replace(
      /\/admin\/check-in\/(.+)$/,
      "/admin/events/lulea-2027/check-in?scope=annual-meeting&code=$1",
    ),
  );
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Incheckning: Årsmöte");
  await page.getByRole("button", { name: `Checka in ${name}` }).click();
  await expect(page.getByRole("region", { name }).getByRole("status")).toContainText(/Incheckad/);

  await page.goto("/admin/events/lulea-2027/voting-register");
  await expect(page.getByRole("row", { name: /Finspångs kommun/ })).toContainText(name);
  await expectAccessible(page);
  // Fixing asks for confirmation first.
  await page.getByRole("button", { name: "Fastställ röstlängden" }).click();
  await expect(page.getByRole("link", { name: /kontrollerat röstlängden/ })).toBeVisible();
  await page.getByLabel(/Jag har kontrollerat röstlängden/).check();
  await page.getByRole("button", { name: "Fastställ röstlängden" }).click();
  await expect(page.getByRole("status")).toContainText("fastställd som version 1");
  const pdf = await request.get("/api/admin/events/lulea-2027/exports/voting-register?format=pdf&version=1");
  const text = await pdfText(await pdf.body());
  expect(text).toContain("version 1, fastställd");
  expect(text).toContain(name);

  // A second version needs a reason, and says so next to the field.
  await page.getByLabel(/Jag har kontrollerat röstlängden/).check();
  await page.getByRole("button", { name: "Fastställ en ny version" }).click();
  await expect(page.getByRole("link", { name: /Ange varför röstlängden fastställs på nytt/ })).toBeVisible();
});

test("a code link gives nothing away to someone who is not staff", async ({ baseURL, request }) => {
  const registration = await registerViaApi(request, `Nils Nyfiken ${Date.now()}`, ["day-1"]);
  const checkInPath = await checkInPathFromMail(emailOf(registration));
  const viewer = await playwrightRequest.newContext({ baseURL, storageState: VIEWER_STATE });
  expect((await viewer.get(checkInPath, { maxRedirects: 0 })).status()).toBe(404);
  await viewer.dispose();
  // Explicitly empty: a new context would otherwise take this file's staff session.
  const anonymous = await playwrightRequest.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const response = await anonymous.get(checkInPath, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/admin/sign-in");
  await anonymous.dispose();
});
