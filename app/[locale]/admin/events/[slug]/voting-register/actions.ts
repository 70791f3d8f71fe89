"use server";

import { redirect } from "next/navigation";
import { attemptAction, parseInput, type ActionState } from "@/components/admin/admin-action";
import { getStaff } from "@/lib/auth/staff-session";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { votingRegisterFixInput } from "@/lib/validation/check-in";
import { fixVotingRegister } from "@/lib/voting-register/fix-voting-register";

/** Fixes the register as it stands; the service checks the role and asks a reason from version 2. */
export async function fixVotingRegisterAction(
  target: { locale: AppLocale; slug: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let version = 0;
  const failed = await attemptAction(target.locale, previous, async () => {
    const input = parseInput(votingRegisterFixInput, { reason: form.get("reason") ?? "" });
    ({ version } = await fixVotingRegister(await getStaff(), { slug: target.slug, reason: input.reason }));
  });
  if (failed) return failed;
  redirect(
    getPathname({
      href: `/admin/events/${target.slug}/voting-register?fixed=${version}`,
      locale: target.locale,
    }),
  );
}
