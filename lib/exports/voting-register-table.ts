import "server-only";
import type { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { messagesFor } from "@/lib/i18n/messages";
import { formatStockholm } from "@/lib/i18n/stockholm-time";
import { readLiveRegister } from "@/lib/voting-register/read-live-register";
import type { ExportContent } from "./export-table";

type Translator = ReturnType<typeof createTranslator<ReturnType<typeof messagesFor>, "exports">>;

/**
 * The voting register: a fixed version exactly as stored, or without a version the register as it
 * stands now (every member, who votes for it, whether they are checked in at the meeting and on
 * which mandate).
 */
export async function votingRegisterTable(
  eventId: string,
  version: number | undefined,
  t: Translator,
): Promise<ExportContent> {
  const columns = [
    t("columns.organisation"),
    t("columns.voter"),
    t("columns.delegateRole"),
    t("columns.votes"),
    t("columns.checkedInAtMeeting"),
    t("columns.mandate"),
  ];
  const widths = [28, 26, 14, 8, 20, 18];
  if (version === undefined) {
    const rows = await readLiveRegister(eventId);
    return {
      title: t("votingRegister"),
      columns,
      widths,
      rows: rows.map((row) => [
        row.organisation,
        row.delegate ?? "",
        row.delegate ? t(`delegateRoles.${row.role}`) : "",
        row.votes,
        row.checkedInAt ? formatStockholm(row.checkedInAt) : "",
        row.delegate ? t(`mandates.${row.mandate}`) : "",
      ]),
    };
  }
  const register = await db.votingRegister.findUnique({
    where: { eventId_version: { eventId, version } },
    include: { entries: { orderBy: { position: "asc" } } },
  });
  if (!register) throw new AppError("not_found", "no such voting register version");
  return {
    title: t("votingRegisterFixed", { version, at: register.fixedAt }),
    columns,
    widths,
    rows: [
      ...register.entries.map((entry) => [
        entry.organisationName,
        entry.delegateName,
        t(`delegateRoles.${delegateRole(entry.delegateRole)}`),
        entry.votes,
        formatStockholm(entry.checkedInAt),
        t(`mandates.${mandateOf(entry.mandate)}`),
      ]),
      [t("total"), "", "", register.totalVotes, "", ""],
    ],
  };
}

// Stored as text under a CHECK constraint; read back as the keys the messages have.
const delegateRole = (value: string) => (value === "substitute" ? "substitute" : "ombud");
const mandateOf = (value: string) => (value === "upload" || value === "confirmation" ? value : "missing");
