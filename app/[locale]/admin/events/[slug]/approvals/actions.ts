"use server";

import { redirect } from "next/navigation";
import { eventTarget, parseInput, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { approveRegistration, type ApprovalOutcome } from "@/lib/registrations/approve-registration";
import { approvalInput } from "@/lib/validation/approval";

/** Approves one pending registration; the service checks that the caller administers the event. */
export async function approveRegistrationAction(
  target: { locale: AppLocale; slug: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let outcome: ApprovalOutcome | null = null;
  const result = await runAdminAction(
    eventTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      const values = parseInput(approvalInput, {
        registrationId: input.text("registrationId"),
        confirm: input.checked("confirm"),
      });
      outcome = await approveRegistration(staff, target.slug, values.registrationId);
    },
  );
  if ("failed" in result) return result.failed;
  const done = outcome!;
  // Names stay out of the address: the notice says what happened to the vote, not to whom.
  const query = new URLSearchParams({
    approved: done.reference,
    vote: done.voteGivenTo ? "given" : done.voteHeldBy ? "held" : "none",
    full: String(done.full.length),
  });
  redirect(
    getPathname({
      href: `/admin/events/${result.target.slug}/approvals?${query}`,
      locale: result.target.locale,
    }),
  );
}
