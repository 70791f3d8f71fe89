// The association's next meeting, set up in the app: an association administrator copies Luleå
// into an autumn meeting at another host, finds it hidden as a draft, sets up its programme, a
// question kept one day, a question for everyone and its staff, and publishes it; a member's contact registers through the
// invitation and names the ombud, someone registering the same member without it takes no vote,
// and the short-lived answers are gone a day after. An event's own administrator cannot create meetings.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE, EVENT_ADMIN_STATE } from "./support/admin";
import { expectAccessible } from "./support/axe";
import { activityEnd, purgeAnswersAt, signupAnswers } from "./support/database";
import { waitForMail } from "./support/mail-catcher";
import {
  ACTIVITY,
  chooseActivities,
  fillDelegatesStep,
  fillOrganisationStep,
  person,
  submitReview,
  sv,
  type Person,
} from "./support/registration";

/** The member whose contact registers for the autumn meeting. */
const MEMBER = "Ludvika kommun";

/**
 * One delegate for the first day, answering its question, and, as the municipality's ombud, for
 * the annual meeting; stops at the review step.
 */
async function register(page: Page, contact: Person, delegate: Person, ombud: boolean) {
  await fillOrganisationStep(page, { municipality: MEMBER, contact });
  await fillDelegatesStep(page, [delegate]);
  await chooseActivities(
    page,
    delegate.name,
    ombud ? [ACTIVITY.day1, ACTIVITY.annualMeeting] : [ACTIVITY.day1],
  );
  if (ombud)
    await page
      .getByRole("group", { name: /ombud på årsmötet/ })
      .getByLabel(delegate.name)
      .check();
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/needs/);
  const needs = page.getByRole("group", { name: delegate.name, exact: true });
  await needs.getByRole("group", { name: "Hur reser du hit?" }).getByLabel("Tåg", { exact: true }).check();
  await needs
    .getByRole("group", { name: /Åker du bussen från stationen/ })
    .getByLabel("Ja", { exact: true })
    .check();
  await page.getByRole("button", { name: sv.continue }).click();
  await page.waitForURL(/\/review/);
}

// A 1×1 PNG, as an image editor writes one.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test.describe("an association administrator", () => {
  test.use({ storageState: ADMIN_STATE });

  test("copies a meeting, sets it up, publishes it; a member registers through its invitation and an impostor cannot take the vote", async ({
    page,
    request,
    browser,
  }) => {
    // The whole cycle, from an empty form to a day after the meeting, in one journey.
    test.setTimeout(240_000);
    const slug = `sandviken-${Date.now()}`;
    await page.goto("/admin");
    await page.getByRole("link", { name: "Ny träff" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny träff");
    await expectAccessible(page);

    // Sent empty first: the summary names what is missing and its links land on the fields.
    await page.getByRole("button", { name: "Skapa utkastet" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Fyll i namn på svenska" });
    await expect(summary).toBeFocused();
    await summary.getByRole("link", { name: /webbadressens namn/ }).click();
    await expect(page.getByLabel("Webbadressens namn")).toBeFocused();

    await expect(page.getByLabel("Kopiera från")).toHaveValue("lulea-2027");
    await page.getByLabel("Namn (svenska)").fill("Höstträff i Sandviken");
    await page.getByLabel("Namn (engelska)").fill("Autumn meeting in Sandviken");
    await page.getByLabel("Webbadressens namn").fill(slug);
    await page.getByLabel("Första dagen", { exact: true }).fill("2027-11-11");
    await page.getByLabel("Värdkommun", { exact: true }).selectOption({ label: "Sandvikens kommun" });
    await page.getByLabel("Ort", { exact: true }).fill("Sandviken");
    await page.getByLabel("Lokal", { exact: true }).fill("Göransson Arena");
    await page.getByLabel("Adress", { exact: true }).fill("Jernvägsgatan 1, Sandviken");
    // This autumn the members hold an extra annual meeting, so it comes along.
    await expect(page.getByLabel("Ta med årsmötet (vårträffen)")).toBeChecked();
    await page.getByRole("button", { name: "Skapa utkastet" }).click();

    await expect(page).toHaveURL(new RegExp(`/admin/events/${slug}/settings\\?done=created$`));
    await expect(page.getByRole("status")).toContainText("Utkastet är skapat");
    // The programme came along with its times moved to November, the annual meeting with it.
    await expect(
      page.getByRole("heading", { level: 3, name: "Dag 1: infrastruktur, talangjakt och utbildning" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /Årsmöte/ })).toBeVisible();
    await expect(page.locator('input[name$=".startsAt"]').first()).toHaveValue(/^2027-11-11T10:00$/);

    // Staff preview the page the public will see once it is published.
    await page.getByRole("link", { name: "Förhandsvisa den publika sidan" }).click();
    await expect(page.getByRole("note")).toContainText("Träffen är inte publicerad");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Höstträff i Sandviken");
    await page.goBack();

    // A draft is not public.
    expect((await request.get(`/api/v1/events/${slug}`)).status()).toBe(404);
    expect(
      (await (await request.get("/api/v1/events")).json()).events.map((e: { slug: string }) => e.slug),
    ).not.toContain(slug);

    // Published from its settings.
    const texts = page.getByRole("region", { name: "Texter och datum" });
    // Registration opens now rather than on the copied date half a year on.
    await texts.getByLabel("Anmälan öppnar").fill("2026-11-01T08:00");
    await texts.getByLabel("Status").selectOption({ label: "Öppen" });
    await texts.getByRole("button", { name: "Spara" }).click();
    await expect(texts.getByRole("status")).toHaveText("Ändringen är sparad.");

    // The host moves it to another venue; nobody has registered yet, so nobody is told.
    const place = page.getByRole("region", { name: "Plats och tid" });
    await place.getByLabel("Lokal", { exact: true }).fill("Högbo Brukshotell");
    await place.getByRole("button", { name: "Spara" }).click();
    await expect(place.getByRole("status")).toHaveText("Ändringen är sparad.");

    // A theme of its own: a title in one language only is named, then both are saved.
    const themes = page.getByRole("region", { name: "Teman" });
    const fresh = themes.getByRole("group", { name: "Nytt tema" });
    await fresh.getByLabel("Rubrik (svenska)").fill("Stål och framtid");
    await themes.getByRole("button", { name: "Spara" }).click();
    const missing = page.getByRole("alert").filter({ hasText: "både svenska och engelska" });
    await expect(missing).toBeFocused();
    await missing.getByRole("link").first().click();
    await expect(fresh.getByLabel("Rubrik (engelska)")).toBeFocused();
    await fresh.getByLabel("Rubrik (engelska)").fill("Steel and the future");
    await themes.getByRole("button", { name: "Spara" }).click();
    await expect(themes.getByRole("status")).toHaveText("Ändringen är sparad.");

    // Times and speakers: copied from Luleå, moved to November; one changed, one added with a
    // wrong end time first, which is named at its field.
    await page.getByRole("link", { name: "Programmets tider och talare" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tider och talare");
    const first = page.getByRole("group", { name: "Inslag 1" });
    await expect(first.getByLabel("Dag")).toHaveValue("2027-11-11");
    await expect(first.getByLabel("Börjar")).toHaveValue("10:00");
    await first.getByLabel("Talare (frivilligt)").fill("Sandvikens kommun");
    const session = page.getByRole("group", { name: "Nytt inslag" }).first();
    await session.getByLabel("Dag").selectOption("2027-11-12");
    await session.getByLabel("Börjar").fill("13.00");
    await session.getByLabel("Slutar (frivilligt)").fill("12.00");
    await session.getByLabel("Rubrik (svenska)").fill("Stålet i Sandviken");
    await session.getByLabel("Rubrik (engelska)").fill("The steel of Sandviken");
    await session.getByLabel("Talare (frivilligt)").fill("Anna Berg, Sandvik");
    await page.getByRole("button", { name: "Spara" }).click();
    const late = page.getByRole("alert").filter({ hasText: "Sluttiden måste vara efter starttiden" });
    await expect(late).toBeFocused();
    await late.getByRole("link").first().click();
    await expect(session.getByLabel("Slutar (frivilligt)")).toBeFocused();
    await session.getByLabel("Slutar (frivilligt)").fill("14.15");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringen är sparad.");
    await expect(
      page
        .getByRole("group", { name: /^Inslag \d+$/ })
        .filter({ has: page.locator('input[value="Stålet i Sandviken"]') }),
    ).toHaveCount(1);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Tillbaka till inställningar" }).click();

    // The host's logo: a file that is no image is refused in words, a PNG is stored and shown.
    const logo = page.getByRole("region", { name: "Värdkommunens logotyp" });
    await logo.getByLabel("Bildfil").setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"),
    });
    await logo.getByRole("button", { name: "Ladda upp logotypen" }).click();
    await expect(logo.getByRole("alert")).toContainText("PNG-, JPEG- eller WebP-bild");
    await logo
      .getByLabel("Bildfil")
      .setInputFiles({ name: "sandviken.png", mimeType: "image/png", buffer: PNG });
    await logo.getByRole("button", { name: "Ladda upp logotypen" }).click();
    await expect(logo.getByRole("status")).toHaveText("Logotypen är sparad.");
    await expect(logo.getByRole("img", { name: "Nuvarande logotyp" })).toBeVisible();

    // The host adds a factory visit: told first what is missing, then it is on the programme.
    const add = page.getByRole("region", { name: "Lägg till programpunkt" });
    await add.getByRole("button", { name: "Lägg till programpunkt" }).click();
    const problems = page.getByRole("alert").filter({ hasText: /Fyll i namn/ });
    await expect(problems).toBeFocused();
    await problems.getByRole("link").first().click();
    await expect(add.getByLabel("Namn (svenska)")).toBeFocused();
    await add.getByLabel("Namn (svenska)").fill("Besök på Sandvik Coromant");
    await add.getByLabel("Namn (engelska)").fill("Visit to Sandvik Coromant");
    await add.getByLabel("Plats (svenska)").fill("Sandvik Coromant, Sandviken");
    await add.getByLabel("Plats (engelska)").fill("Sandvik Coromant, Sandviken");
    await add.getByLabel("Typ").selectOption({ label: "Studiebesök" });
    await add.getByLabel("Börjar").fill("2027-11-12T09:00");
    await add.getByLabel("Slutar").fill("2027-11-12T11:00");
    await add.getByLabel("Antal platser").fill("30");
    await add.getByRole("button", { name: "Lägg till programpunkt" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Programpunkten är tillagd." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Besök på Sandvik Coromant" })).toBeVisible();
    await expectAccessible(page);

    // Taken off again: nobody chose it, so it goes altogether, after a tick.
    await page.getByRole("link", { name: "Ta bort eller ställ in – Besök på Sandvik Coromant" }).click();
    await expect(page.getByText("Ingen har anmält sig till programpunkten")).toBeVisible();
    await page.getByRole("button", { name: "Ta bort programpunkten" }).click();
    await expect(page.getByRole("link", { name: /Kryssa i att du förstår/ })).toBeVisible();
    await page.getByLabel("Jag förstår att detta inte kan ångras").check();
    await page.getByRole("button", { name: "Ta bort programpunkten" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Programpunkten är borttagen." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Besök på Sandvik Coromant" })).toHaveCount(0);

    // A question on the first day, its answers kept only until the day after.
    await page.getByRole("link", { name: /^Frågor – Dag 1/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Frågor till Dag 1/);
    await page.getByRole("button", { name: "Lägg till fråga" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /Fyll i fråga/ })).toBeFocused();
    await page.getByLabel("Fråga (svenska)").fill("Tar du bussen från stationen?");
    await page.getByLabel("Fråga (engelska)").fill("Will you take the bus from the station?");
    await page.getByLabel("Svarstyp").selectOption({ label: "Ja eller nej" });
    await page.getByLabel("Måste besvaras").check();
    await page.getByLabel("Vem läser svaren").selectOption({ label: "All personal" });
    await page.getByLabel("Radera svaren dagar efter programpunkten").fill("1");
    await page.getByRole("button", { name: "Lägg till fråga" }).click();
    await expect(page.getByRole("status")).toHaveText("Frågan är tillagd.");
    await expect(
      page.getByRole("listitem").filter({ hasText: "Tar du bussen från stationen?" }),
    ).toContainText("1 dag efter programpunkten");
    // Reworded in place: nobody has answered, so everything may change.
    await page.getByRole("link", { name: "Ändra – Tar du bussen från stationen?" }).click();
    await expect(page.getByText("Ingen har svarat än, så allt kan ändras.")).toBeVisible();
    await expect(page.getByLabel("Fråga (svenska)")).toHaveValue("Tar du bussen från stationen?");
    await page.getByLabel("Fråga (svenska)").fill("Åker du bussen från stationen?");
    await page.getByRole("button", { name: "Spara frågan" }).click();
    await expect(page.getByRole("status")).toContainText("Frågan är ändrad.");
    await expect(
      page.getByRole("heading", { level: 2, name: "Åker du bussen från stationen?" }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Tillbaka till inställningar" }).click();

    // A question for everyone at the meeting, whatever they choose, read by all staff.
    await page.getByRole("link", { name: "Frågor till alla deltagare" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frågor till alla deltagare");
    await expect(page.getByText("Frågorna ställs till varje deltagare")).toBeVisible();
    await page.getByLabel("Fråga (svenska)").fill("Hur reser du hit?");
    await page.getByLabel("Fråga (engelska)").fill("How do you travel here?");
    await page.getByLabel("Svarstyp").selectOption({ label: "Ett val" });
    await page.getByLabel("Svarsalternativ").fill("Tåg | Train\nBil | Car");
    await page.getByLabel("Vem läser svaren").selectOption({ label: "All personal" });
    await page.getByRole("button", { name: "Lägg till fråga" }).click();
    await expect(page.getByRole("status")).toHaveText("Frågan är tillagd.");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Tillbaka till inställningar" }).click();

    await page.goto("/");
    await page.getByRole("link", { name: "Höstträff i Sandviken" }).click();
    await expect(page.getByText(/Högbo Brukshotell/).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Stål och framtid" })).toBeVisible();
    const sessions = page
      .getByRole("region", { name: "Program", exact: true })
      .getByRole("list")
      .filter({ hasText: "Stålet i Sandviken" });
    await expect(sessions.getByRole("listitem").filter({ hasText: "Stålet i Sandviken" })).toContainText(
      /13:00–14:15.*Talare: Anna Berg, Sandvik/s,
    );
    const shown = page.getByRole("img", { name: /Sandvikens kommun/ });
    await expect(shown).toBeVisible();
    const served = await request.get((await shown.getAttribute("src"))!);
    expect(served.headers()["content-type"]).toBe("image/png");
    await expect(page).toHaveURL(new RegExp(`/events/${slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Höstträff i Sandviken");
    expect(
      (await (await request.get("/api/v1/events")).json()).events.map((e: { slug: string }) => e.slug),
    ).toContain(slug);

    // The host's own staff get a role at their meeting, and only there.
    await page.goto(`/admin/events/${slug}/staff`);
    const colleague = `vard-${Date.now().toString(36)}@sandviken.example.se`;
    const addStaff = page.getByRole("region", { name: "Lägg till eller ändra" });
    await addStaff.getByLabel("E-postadress").fill(colleague);
    await addStaff.getByLabel("Roll").selectOption({ label: "Personal" });
    await addStaff.getByRole("button", { name: "Spara" }).click();
    await expect(page.getByRole("row", { name: new RegExp(colleague) })).toContainText("Personal");

    // A member's contact is named in the register and sent the invitation to this meeting.
    const contact = person("Lina Ludvika");
    await page.goto("/admin/members");
    await page
      .getByRole("row", { name: new RegExp(MEMBER) })
      .getByRole("link", { name: /kontakt/i })
      .click();
    await page.getByLabel("Namn", { exact: true }).fill(contact.name);
    await page.getByLabel("E-postadress", { exact: true }).fill(contact.email);
    await page.getByRole("button", { name: "Lägg till kontaktperson" }).click();
    await expect(page.getByRole("status")).toHaveText("Kontaktpersonen är tillagd.");
    await page.goto(`/admin/events/${slug}/invitations`);
    await page.getByRole("button", { name: "Skicka inbjudningar" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: /inbjudan skickas|inbjudningar skickas/ }),
    ).toBeVisible();
    const invitation = await waitForMail(contact.email, /Inbjudan till Höstträff i Sandviken/);
    const href = /href="([^"]*invitation=[^"]+)"/.exec(String(invitation.html))![1]!.replaceAll("&amp;", "&");

    // The contact registers through the link, answers the day's question and names the ombud.
    const visitor = await (await browser.newContext()).newPage();
    const ombud = person("Olle Ombud");
    await visitor.goto(`${new URL(href).pathname}${new URL(href).search}`);
    await expect(visitor.getByText(`Ni anmäler med inbjudan för ${MEMBER}`)).toBeVisible();
    await register(visitor, contact, ombud, true);
    await expect(visitor.getByText("Anmälan görs med organisationens inbjudan")).toBeVisible();
    await submitReview(visitor);

    // Someone registering the same municipality without the link waits for approval, without the vote.
    const stranger = person("Sune Snabb");
    const strangerOmbud = person("Otto Obehorig");
    await visitor.goto(`/events/${slug}/register`);
    await fillOrganisationStep(visitor, { municipality: MEMBER, contact: stranger });
    await fillDelegatesStep(visitor, [strangerOmbud]);
    await chooseActivities(visitor, strangerOmbud.name, [ACTIVITY.day1, ACTIVITY.annualMeeting]);
    await visitor
      .getByRole("group", { name: /ombud på årsmötet/ })
      .getByLabel(strangerOmbud.name)
      .check();
    await visitor.getByRole("button", { name: sv.continue }).click();
    await expect(
      visitor.getByRole("alert").filter({ hasText: `${MEMBER} har redan ett ombud till årsmötet` }),
    ).toBeFocused();
    // Without the vote the registration is taken, but waits for the secretariat.
    const second = person("Sonja Snabb");
    await visitor.goto(`/events/${slug}/register`);
    await register(visitor, stranger, second, false);
    await expect(visitor.getByText(/Anmälan granskas av sekretariatet/)).toBeVisible();
    await submitReview(visitor);
    await expect(visitor.getByText(/Anmälan väntar på godkännande/)).toBeVisible();
    // Staff read the answer to the meeting's question on the ombud's page.
    await page.goto(`/admin/events/${slug}/participants`);
    await page.getByRole("link", { name: ombud.name }).click();
    await expect(page.getByRole("definition").filter({ hasText: /^Tåg$/ })).toBeVisible();
    await expect(page.getByText("Hur reser du hit?")).toBeVisible();
    await page.goto(`/admin/events/${slug}/voting-register`);
    await expect(page.getByRole("row", { name: new RegExp(MEMBER) })).toContainText(ombud.name);
    await expect(page.getByText(strangerOmbud.name)).toHaveCount(0);

    // The day's answers are kept one day after it, then the clean-up deletes them from the database.
    const answered = (await signupAnswers(slug, "day-1")).filter(
      (answers) => Object.keys(answers).length > 0,
    );
    expect(answered).toHaveLength(2);
    const dayEnds = await activityEnd(slug, "day-1");
    expect(await purgeAnswersAt(slug, new Date(dayEnds.getTime() + 12 * 3600_000))).toBe(0);
    expect(await purgeAnswersAt(slug, new Date(dayEnds.getTime() + 24 * 3600_000 + 60_000))).toBe(2);
    for (const answers of await signupAnswers(slug, "day-1")) expect(answers).toEqual({});

    // Archived again, so that the other journeys see the start page as they expect.
    await page.goto(`/admin/events/${slug}/settings`);
    await texts.getByLabel("Status").selectOption({ label: "Arkiverad" });
    await texts.getByRole("button", { name: "Spara" }).click();
    await expect(texts.getByRole("status")).toHaveText("Ändringen är sparad.");
  });
});

test.describe("the member register", () => {
  test.use({ storageState: ADMIN_STATE });

  test("an association administrator adds an organisation, is told what is wrong, and edits it", async ({
    page,
  }) => {
    const name = `Provbo kommun ${Date.now().toString(36)}`;
    await page.goto("/admin");
    await page.getByRole("link", { name: "Medlemsregister" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medlemsregister");
    await expect(page.getByRole("row", { name: /Luleå kommun/ })).toContainText("Medlem");

    const add = page.getByRole("region", { name: "Lägg till organisation" });
    await add.getByLabel("Namn", { exact: true }).fill(name);
    await add.getByLabel("Organisationsnummer").fill("212000-2263");
    await add.getByLabel("Egna e-postdomäner").fill("provbo.se\nkontakt@provbo.se");
    await add.getByRole("button", { name: "Lägg till organisation" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "kontrollsiffran stämmer inte" });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Ange domäner som lulea.se");

    await add.getByLabel("Organisationsnummer").fill("");
    await add.getByLabel("Egna e-postdomäner").fill("provbo.se");
    await add.getByRole("button", { name: "Lägg till organisation" }).click();
    await expect(page.getByRole("status")).toHaveText("Organisationen är tillagd.");
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("provbo.se");

    await page.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ändra ${name}`);
    await page.getByLabel("Röster på årsmötet").fill("2");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringen är sparad.");
    // The columns after the name: organisation number, kind, votes, domains.
    await expect(
      page
        .getByRole("row", { name: new RegExp(name) })
        .getByRole("cell")
        .nth(2),
    ).toHaveText("2");

    // The register from a file: a preview with what is wrong per row, then the good rows imported.
    await page.getByRole("link", { name: "Importera från CSV eller Excel" }).click();
    await page.getByLabel("Fil", { exact: true }).setInputFiles({
      name: "medlemmar.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        `Namn;Typ;Röster\r\nImportby kommun ${Date.now().toString(36)};medlem;1\r\nFelby kommun;kanske;1\r\n`,
      ),
    });
    await page.getByRole("button", { name: "Visa förhandsgranskning" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Förhandsgranskning: medlemmar.csv");
    await expect(page.getByText("1 rad kan importeras. 1 rad har fel och lämnas utanför.")).toBeVisible();
    await expect(page.getByRole("row", { name: /Felby kommun/ })).toContainText(
      "Skriv medlem eller observatör",
    );
    await expectAccessible(page);
    await page.getByRole("button", { name: "Importera 1 rad" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Importen är klar: 1 tillagda, 0 uppdaterade, 0 nya kontaktpersoner.",
    );
    await expect(page.getByRole("row", { name: /Importby kommun/ })).toBeVisible();
  });
});

test.describe("an event's own administrator", () => {
  test.use({ storageState: EVENT_ADMIN_STATE });

  test("is offered no new meeting and cannot open the form", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dina träffar");
    await expect(page.getByRole("link", { name: "Ny träff" })).toHaveCount(0);
    for (const path of ["/admin/events/new", "/admin/members"]) {
      expect((await page.goto(path))!.status(), path).toBe(404);
    }
  });
});
