"use server";

import { redirect } from "next/navigation";
import { eventTarget, parseInput, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { votingRegisterFixInput } from "@/lib/validation/check-in";
import { fixVotingRegister } from "@/lib/voting-register/fix-voting-register";
import { refreshMembership } from "@/lib/organisations/refresh-membership";
import { remindMissingMandates } from "@/lib/mandates/remind-missing-mandates";
import { nameSubstitute } from "@/lib/mandates/name-substitute";
import { replaceOmbud } from "@/lib/mandates/replace-ombud";
import { ombudInput, substituteInput } from "@/lib/validation/mandate";
import { idParam, localeParam, parseTarget, slugParam } from "@/lib/actions/action-input";
import { z } from "zod";

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

/** Asks the register's contacts of every member without a mandate to confirm it (the service checks the role). */
export async function remindMandatesAction(
  target: { locale: AppLocale; slug: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let result = { mails: 0, withoutContact: 0 };
  const outcome = await runAdminAction(eventTarget, target, previous, form, async ({ target, staff }) => {
    result = await remindMissingMandates(staff, target.slug);
  });
  if ("failed" in outcome) return outcome.failed;
  redirect(
    getPathname({
      href: `/admin/events/${outcome.target.slug}/voting-register?reminded=${result.mails}&unreached=${result.withoutContact}#missing-heading`,
      locale: outcome.target.locale,
    }),
  );
}

const memberTarget = z.object({ locale: localeParam, slug: slugParam, organisationId: idParam });

/** Staff name a member's substitute or replace its ombud (the services check the role and ask the reason). */
export async function saveMemberVoteAction(
  target: { locale: AppLocale; slug: string; organisationId: string },
  rawChange: "substitute" | "ombud",
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const outcome = await runAdminAction(
    memberTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      const actor = {
        kind: "staff" as const,
        staff,
        slug: target.slug,
        organisationId: target.organisationId,
      };
      if (parseTarget(z.enum(["substitute", "ombud"]), rawChange) === "substitute") {
        await nameSubstitute(
          actor,
          parseInput(substituteInput, { substituteId: input.text("substituteId") }),
        );
      } else {
        await replaceOmbud(
          actor,
          parseInput(ombudInput, { ombudId: input.text("ombudId"), reason: input.text("reason") }),
        );
      }
    },
  );
  if ("failed" in outcome) return outcome.failed;
  redirect(
    getPathname({
      href: `/admin/events/${outcome.target.slug}/voting-register/${outcome.target.organisationId}?saved=1`,
      locale: outcome.target.locale,
    }),
  );
}
