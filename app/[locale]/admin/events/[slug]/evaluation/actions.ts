"use server";

import { redirect } from "next/navigation";
import { eventTarget, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import { sendEvaluation } from "@/lib/evaluations/send-evaluation";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

/** Sends the evaluation to everyone checked in who has not had it (the service checks the role). */
export async function sendEvaluationAction(
  target: { locale: AppLocale; slug: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let sent = 0;
  const outcome = await runAdminAction(eventTarget, target, previous, form, async ({ target, staff }) => {
    ({ sent } = await sendEvaluation(staff, target.slug));
  });
  if ("failed" in outcome) return outcome.failed;
  redirect(
    getPathname({
      href: `/admin/events/${outcome.target.slug}/evaluation?sent=${sent}`,
      locale: outcome.target.locale,
    }),
  );
}
