"use server";

// Data protection on request: anonymise the event early, or erase one person. Services check
// that the caller is an admin; each is confirmed on a page of its own first.
import { redirect } from "next/navigation";
import { eventTarget, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import { idParam } from "@/lib/actions/action-input";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { anonymiseEventEarly } from "@/lib/privacy/anonymise-event";
import { erasePerson } from "@/lib/privacy/erase-person";
import { eraseContact } from "@/lib/privacy/erase-contact";

type Target = { locale: AppLocale; slug: string };

export async function anonymiseEventAction(target: Target, previous: ActionState): Promise<ActionState> {
  const outcome = await runAdminAction(
    eventTarget,
    target,
    previous,
    undefined,
    async ({ target, staff }) => {
      await anonymiseEventEarly(staff, target.slug);
    },
  );
  if ("failed" in outcome) return outcome.failed;
  const { slug, locale } = outcome.target;
  redirect(getPathname({ href: `/admin/events/${slug}/settings?done=anonymised`, locale }));
}

const personTarget = eventTarget.extend({ attendeeId: idParam });

export async function erasePersonAction(
  target: Target & { attendeeId: string },
  previous: ActionState,
): Promise<ActionState> {
  const outcome = await runAdminAction(
    personTarget,
    target,
    previous,
    undefined,
    async ({ target, staff }) => {
      await erasePerson(staff, target.slug, target.attendeeId);
    },
  );
  if ("failed" in outcome) return outcome.failed;
  const { slug, locale, attendeeId } = outcome.target;
  redirect(getPathname({ href: `/admin/events/${slug}/participants/${attendeeId}?done=erased`, locale }));
}

const registrationTarget = eventTarget.extend({ registrationId: idParam });

export async function eraseContactAction(
  target: Target & { registrationId: string },
  previous: ActionState,
): Promise<ActionState> {
  const outcome = await runAdminAction(
    registrationTarget,
    target,
    previous,
    undefined,
    async ({ target, staff }) => {
      await eraseContact(staff, target.slug, target.registrationId);
    },
  );
  if ("failed" in outcome) return outcome.failed;
  const { slug, locale } = outcome.target;
  redirect(getPathname({ href: `/admin/events/${slug}/participants?done=contact-erased`, locale }));
}
