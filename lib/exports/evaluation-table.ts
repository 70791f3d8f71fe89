import "server-only";
import type { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import type { messagesFor } from "@/lib/i18n/messages";
import { eventThemes } from "@/lib/evaluations/evaluation-themes";
import type { ExportContent } from "./export-table";

type Translator = ReturnType<typeof createTranslator<ReturnType<typeof messagesFor>, "exports">>;

/**
 * The evaluation's answers, one row per answer: its rating of each theme and its free text, in no
 * order that follows who answered. The summary per theme comes as totals.
 */
export async function evaluationTable(
  eventId: string,
  locale: "sv" | "en",
  t: Translator,
): Promise<ExportContent> {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { themes: true } });
  const themes = eventThemes(event.themes);
  const responses = await db.evaluationResponse.findMany({
    where: { eventId },
    orderBy: { id: "asc" },
    select: { ratings: true, comment: true },
  });
  const ratingOf = (ratings: unknown, title: string) =>
    (ratings as { theme: string; rating: number | null }[]).find((entry) => entry.theme === title)?.rating ??
    "";
  const title = (theme: { titleSv: string; titleEn: string }) =>
    locale === "en" ? theme.titleEn : theme.titleSv;
  return {
    title: t("evaluation"),
    columns: [...themes.map(title), t("columns.comment")],
    widths: [...themes.map(() => 14), 60],
    rows: responses.map((response) => [
      ...themes.map((theme) => ratingOf(response.ratings, theme.titleSv)),
      response.comment,
    ]),
    totals: {
      title: t("evaluationTotals"),
      columns: [t("columns.theme"), t("columns.answers"), t("columns.average")],
      rows: themes.map((theme) => {
        const given = responses
          .map((response) => ratingOf(response.ratings, theme.titleSv))
          .filter((rating): rating is number => typeof rating === "number");
        const average = given.length ? given.reduce((sum, rating) => sum + rating, 0) / given.length : 0;
        return [title(theme), given.length, given.length ? Math.round(average * 10) / 10 : ""];
      }),
    },
  };
}
