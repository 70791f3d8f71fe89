"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { localeParam } from "@/lib/actions/action-input";
import { parseInput, type ActionState } from "@/lib/actions/admin-action";
import { runFormAction } from "@/lib/actions/form-action";
import { answerEvaluation } from "@/lib/evaluations/answer-evaluation";
import { clientAddress } from "@/lib/http/client-address";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { evaluationAnswer, evaluationToken } from "@/lib/validation/evaluation";

const target = z.object({
  locale: localeParam,
  token: evaluationToken,
  themes: z.number().int().min(0).max(20),
});

/** Stores an evaluation answer through the link; the service checks the link and uses it up. */
export async function answerEvaluationAction(
  rawTarget: { locale: AppLocale; token: string; themes: number },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const outcome = await runFormAction({
    target,
    rawTarget,
    previous,
    form,
    fieldErrors: true,
    authorise: async () => clientAddress(await headers()),
    work: async ({ target, access, input }) => {
      const values = parseInput(evaluationAnswer, {
        ratings: Array.from({ length: target.themes }, (_, index) => input.text(`rating-${index}`)),
        comment: input.text("comment"),
      });
      await answerEvaluation(target.token, access, values);
    },
  });
  if (!outcome.ok) return outcome.state;
  redirect(
    getPathname({ href: `/evaluations/${outcome.target.token}?answered=1`, locale: outcome.target.locale }),
  );
}
