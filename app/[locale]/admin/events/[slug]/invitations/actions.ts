"use server";

import { redirect } from "next/navigation";
import { eventTarget, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { remindUnregisteredMembers } from "@/lib/invitations/remind-unregistered-members";
import { sendInvitations } from "@/lib/invitations/send-invitations";

type Target = { locale: AppLocale; slug: string };

/** Sends the invitations not sent yet; the service checks that the caller administers the event. */
export async function sendInvitationsAction(target: Target, previous: ActionState, form: FormData) {
  let sent = 0;
  const outcome = await runAdminAction(eventTarget, target, previous, form, async ({ target, staff }) => {
    ({ sent } = await sendInvitations(staff, target.slug));
  });
  if ("failed" in outcome) return outcome.failed;
  const { slug, locale } = outcome.target;
  redirect(getPathname({ href: `/admin/events/${slug}/invitations?sent=${sent}`, locale }));
}

/** Reminds the contacts of members not registered; from the invitations page or the dashboard. */
export async function remindMembersAction(
  target: Target & { from?: "dashboard" },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let reminded = 0;
  const outcome = await runAdminAction(eventTarget, target, previous, form, async ({ target, staff }) => {
    ({ reminded } = await remindUnregisteredMembers(staff, target.slug));
  });
  if ("failed" in outcome) return outcome.failed;
  const { slug, locale } = outcome.target;
  const page = target.from === "dashboard" ? `/admin/events/${slug}` : `/admin/events/${slug}/invitations`;
  redirect(getPathname({ href: `${page}?reminded=${reminded}`, locale }));
}
