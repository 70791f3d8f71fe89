// Name badges and the entrance list as PDFs, read back with a PDF text extractor.
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { buildBadges } from "@/lib/badges/build-badges";
import { buildExport } from "@/lib/exports/build-export";
import { writeExport } from "@/lib/exports/write-export";
import { createRegistration } from "@/lib/registrations/create-registration";
import { OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";

let viewer: { userId: string; email: string };
let firstId: string;

async function pdfText(data: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  const result = await parser.getText();
  const info = await parser.getInfo();
  await parser.destroy();
  return { text: result.text, pages: info.total };
}

const read = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
};

beforeAll(async () => {
  const meeting = await seededMeeting();
  const day1 = meeting.activity("day-1").id;
  const names = [
    "Åsa Öberg",
    "Ŋuvssat Čuoŋa",
    "Örjan Ängström",
    ...Array.from({ length: 9 }, (_, i) => `Delegat ${i + 1}`),
  ];
  const result = await createRegistration(
    registration(
      meeting.members[0]!.id,
      names.map((name, index) => delegate([day1], { name, title: "Kommunalråd", listConsent: index !== 2 })),
    ),
    OPEN_NOW,
  );
  firstId = result.summary.attendees[0]!.id;
  const user = await db.user.create({ data: { email: "viewer@lulea.example.se" } });
  await db.eventRole.create({ data: { eventId: meeting.event.id, userId: user.id, role: "viewer" } });
  viewer = { userId: user.id, email: user.email };
});

describe("name badges", () => {
  it("fill A4 sheets ten at a time with every name, title and organisation, in any Latin letters", async () => {
    const { stream } = await buildBadges(viewer, { slug: "lulea-2027", locale: "sv" });
    const { text, pages } = await pdfText(await read(stream));
    expect(pages).toBe(2);
    // Each name fits on one line of its badge.
    for (const name of ["Åsa Öberg", "Ŋuvssat Čuoŋa", "Örjan Ängström", "Delegat 9"])
      expect(text).toContain(name);
    expect(text).toContain("Kommunalråd");
    expect(text).toContain("Borlänge kommun");
    expect(await db.auditEntry.count({ where: { action: "export.badges" } })).toBe(1);
  });

  it("print one badge on its own small page for a late arrival", async () => {
    const { stream } = await buildBadges(viewer, { slug: "lulea-2027", locale: "en", attendeeId: firstId });
    const { text, pages } = await pdfText(await read(stream));
    expect(pages).toBe(1);
    expect(text).toContain("Åsa Öberg");
    expect(text).not.toContain("Örjan");
  });

  it("are for staff only", async () => {
    await expect(buildBadges(null, { slug: "lulea-2027", locale: "sv" })).rejects.toBeInstanceOf(AppError);
  });
});

describe("the entrance list", () => {
  it("holds only those who agreed to appear on lists", async () => {
    const table = await buildExport(viewer, {
      slug: "lulea-2027",
      kind: "entrance-list",
      format: "pdf",
      locale: "sv",
    });
    const data = Buffer.from(await new Response(await writeExport(table, "pdf")).arrayBuffer());
    const { text } = await pdfText(data);
    expect(text).toContain("Deltagarlista");
    expect(text).toContain("Ŋuvssat Čuoŋa");
    expect(text).not.toContain("Örjan Ängström");
  });
});
