import "server-only";
import { db, queriesIn, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashToken } from "@/lib/registrations/tokens";
import { assertTokenAttemptsLeft, recordTokenMiss } from "@/lib/rate-limit/token-misses";
import { evaluationToken, type EvaluationAnswer } from "@/lib/validation/evaluation";
import { stockholmDay } from "@/lib/i18n/stockholm-time";
import { eventThemes } from "./evaluation-themes";

async function findInvite(client: Tx | typeof db, token: string, clientAddress: string) {
  await assertTokenAttemptsLeft("evaluation-token", clientAddress);
  const invite = evaluationToken.safeParse(token).success
    ? await client.evaluationInvite.findUnique({
        where: { tokenHash: hashToken(token) },
        select: {
          id: true,
          used: true,
          event: { select: { id: true, nameSv: true, nameEn: true, themes: true } },
        },
      })
    : null;
  if (!invite) {
    await recordTokenMiss("evaluation-token", clientAddress);
    throw new AppError("not_found", "unknown evaluation link");
  }
  return invite;
}

/** What an evaluation link opens: the meeting, its themes to rate, and whether it was used. */
export async function getEvaluationForm(token: string, clientAddress: string) {
  const invite = await findInvite(db, token, clientAddress);
  return {
    used: invite.used,
    event: { name: { sv: invite.event.nameSv, en: invite.event.nameEn } },
    themes: eventThemes(invite.event.themes),
  };
}

/**
 * Stores one answer with nothing that leads back to the person: no invite, no person, only the
 * day. The link is used up in the same transaction, so it answers once.
 */
export async function answerEvaluation(
  token: string,
  clientAddress: string,
  input: EvaluationAnswer,
  now = new Date(),
) {
  await db.$transaction(async (tx) => {
    const invite = await findInvite(tx, token, clientAddress);
    const locked = await queriesIn(tx)
      .selectFrom("EvaluationInvite")
      .select("used")
      .where("id", "=", invite.id)
      .forUpdate()
      .executeTakeFirst();
    if (locked?.used) throw new AppError("conflict", "already answered", [], {}, "evaluationAnswered");
    const themes = eventThemes(invite.event.themes);
    if (input.ratings.length !== themes.length)
      throw new AppError("validation", "ratings do not match themes", [
        { field: "ratings", code: "invalid" },
      ]);
    if (input.ratings.every((rating) => rating === null) && !input.comment)
      throw new AppError("validation", "empty answer", [{ field: "ratings", code: "evaluationEmpty" }]);
    await tx.evaluationResponse.create({
      data: {
        eventId: invite.event.id,
        ratings: themes.map((theme, index) => ({
          theme: theme.titleSv,
          rating: input.ratings[index] ?? null,
        })),
        comment: input.comment,
        submittedOn: new Date(`${stockholmDay(now)}T00:00:00Z`),
      },
    });
    await tx.evaluationInvite.update({ where: { id: invite.id }, data: { used: true } });
  });
}
