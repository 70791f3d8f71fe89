import "server-only";
import type { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import type { messagesFor } from "@/lib/i18n/messages";
import type { ExportContent } from "./export-table";

type Translator = ReturnType<typeof createTranslator<ReturnType<typeof messagesFor>, "exports">>;

/** The list for the folder at the entrance: only those who agreed to appear on participant lists. */
export async function entranceListTable(eventId: string, t: Translator): Promise<ExportContent> {
  const attendees = await db.attendee.findMany({
    where: { eventId, status: "active", listConsent: true },
    orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
    select: { name: true, title: true, organisation: { select: { name: true } } },
  });
  return {
    title: t("entranceList"),
    columns: [t("columns.organisation"), t("columns.name"), t("columns.title")],
    widths: [30, 30, 30],
    rows: attendees.map((attendee) => [attendee.organisation.name, attendee.name, attendee.title]),
  };
}
