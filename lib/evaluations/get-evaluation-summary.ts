import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { eventThemes } from "./evaluation-themes";

export type ThemeSummary = {
  titleSv: string;
  titleEn: string;
  /** How many gave each rating, 1 to 5. */
  counts: [number, number, number, number, number];
  answered: number;
  average: number | null;
};

/** The evaluation's answers summed up per theme, with the free texts, for the meeting's staff (viewer and up). */
export async function getEvaluationSummary(staff: Staff | null, slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    select: { id: true, themes: true, startsAt: true },
  });
  if (!event) throw new AppError("not_found", "no such event");
  const role = await requireEventRole(staff, event.id, "viewer");
  const [invites, responses, checkedIn] = await Promise.all([
    db.evaluationInvite.count({ where: { eventId: event.id } }),
    db.evaluationResponse.findMany({
      where: { eventId: event.id },
      select: { ratings: true, comment: true },
    }),
    db.attendee.count({ where: { eventId: event.id, status: "active", checkedInAt: { not: null } } }),
  ]);
  const themes: ThemeSummary[] = eventThemes(event.themes).map((theme) => ({
    ...theme,
    counts: [0, 0, 0, 0, 0],
    answered: 0,
    average: null,
  }));
  const byTitle = new Map(themes.map((theme) => [theme.titleSv, theme]));
  for (const response of responses) {
    for (const entry of response.ratings as { theme: string; rating: number | null }[]) {
      const theme = byTitle.get(entry.theme);
      if (!theme || !entry.rating) continue;
      theme.counts[entry.rating - 1]! += 1;
      theme.answered += 1;
    }
  }
  for (const theme of themes)
    theme.average = theme.answered
      ? theme.counts.reduce((sum, count, index) => sum + count * (index + 1), 0) / theme.answered
      : null;
  return {
    role,
    started: event.startsAt <= new Date(),
    checkedIn,
    invites,
    responses: responses.length,
    themes,
    comments: responses.map((response) => response.comment).filter(Boolean),
  };
}
