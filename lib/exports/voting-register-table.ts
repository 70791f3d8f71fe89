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
 * stands now (every member, its voting delegate and whether they are checked in at the meeting).
 */
export async function votingRegisterTable(
  eventId: string,
  version: number | undefined,
  t: Translator,
): Promise<ExportContent> {
  const columns = [
    t("columns.organisation"),
    t("columns.votingDelegate"),
    t("columns.votes"),
    t("columns.checkedInAtMeeting"),
  ];
  const widths = [30, 30, 8, 22];
  if (version === undefined) {
    const rows = await readLiveRegister(eventId);
    return {
      title: t("votingRegister"),
      columns,
      widths,
      rows: rows.map((row) => [
        row.organisation,
        row.delegate ?? "",
        row.votes,
        row.checkedInAt ? formatStockholm(row.checkedInAt) : "",
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
        entry.votes,
        formatStockholm(entry.checkedInAt),
      ]),
      [t("total"), "", register.totalVotes, ""],
    ],
  };
}
