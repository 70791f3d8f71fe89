"use server";

import { redirect } from "next/navigation";
import { eventTarget, parseInput, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { votingRegisterFixInput } from "@/lib/validation/check-in";
import { fixVotingRegister } from "@/lib/voting-register/fix-voting-register";
import { refreshMembership } from "@/lib/organisations/refresh-membership";

/** Fixes the register as it stands; the service checks the role and asks a reason from version 2. */
export async function fixVotingRegisterAction(
  target: { locale: AppLocale; slug: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let version = 0;
  const outcome = await runAdminAction(
    eventTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      const values = parseInput(votingRegisterFixInput, {
        reason: input.text("reason"),
        confirm: input.checked("confirm"),
      });
      ({ version } = await fixVotingRegister(staff, { slug: target.slug, reason: values.reason }));
    },
  );
  if ("failed" in outcome) return outcome.failed;
  redirect(
    getPathname({
      href: `/admin/events/${outcome.target.slug}/voting-register?fixed=${version}`,
      locale: outcome.target.locale,
    }),
  );
}

/** Takes the member register again as the meeting's membership (the service checks the admin role). */
export async function refreshMembershipAction(
  target: { locale: AppLocale; slug: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let members = 0;
  const outcome = await runAdminAction(eventTarget, target, previous, form, async ({ target, staff }) => {
    ({ members } = await refreshMembership(staff, target.slug));
  });
  if ("failed" in outcome) return outcome.failed;
  redirect(
    getPathname({
      href: `/admin/events/${outcome.target.slug}/voting-register?membership=${members}`,
      locale: outcome.target.locale,
    }),
  );
}
