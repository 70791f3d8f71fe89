"use server";

// Data protection on request: anonymise the event early, or erase one person. Services check
// that the caller is an admin; each is confirmed on a page of its own first.
import { redirect } from "next/navigation";
import { attemptAction, type ActionState } from "@/components/admin/admin-action";
import { getStaff } from "@/lib/auth/staff-session";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { anonymiseEventEarly } from "@/lib/privacy/anonymise-event";
import { erasePerson } from "@/lib/privacy/erase-person";

type Target = { locale: AppLocale; slug: string };

export async function anonymiseEventAction(target: Target, previous: ActionState): Promise<ActionState> {
  const failed = await attemptAction(target.locale, previous, async () => {
    await anonymiseEventEarly(await getStaff(), target.slug);
  });
  if (failed) return failed;
  redirect(
    getPathname({ href: `/admin/events/${target.slug}/settings?done=anonymised`, locale: target.locale }),
  );
}

export async function erasePersonAction(
  target: Target & { attendeeId: string },
  previous: ActionState,
): Promise<ActionState> {
  const failed = await attemptAction(target.locale, previous, async () => {
    await erasePerson(await getStaff(), target.slug, target.attendeeId);
  });
  if (failed) return failed;
  redirect(
    getPathname({
      href: `/admin/events/${target.slug}/participants/${target.attendeeId}?done=erased`,
      locale: target.locale,
    }),
  );
}
