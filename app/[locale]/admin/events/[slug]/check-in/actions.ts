"use server";

// Entry points of the check-in page: validate, call the service (which checks the staff role),
// then show the person's card, or the errors.
import { redirect } from "next/navigation";
import { attemptAction, parseInput, type ActionState } from "@/components/admin/admin-action";
import { getStaff } from "@/lib/auth/staff-session";
import { checkInAttendee, type CheckInResult, type CheckInTarget } from "@/lib/check-in/check-in-attendee";
import { checkInCodeFromText } from "@/lib/check-in/scanned-code";
import { undoCheckIn } from "@/lib/check-in/undo-check-in";
import { AppError } from "@/lib/errors";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { checkInByCodeInput, checkInByIdInput, undoCheckInInput } from "@/lib/validation/check-in";

export type CheckInPageTarget = { locale: AppLocale; slug: string; scope: string };

function toPage(target: CheckInPageTarget, query: Record<string, string>): never {
  const search = new URLSearchParams({ ...(target.scope ? { scope: target.scope } : {}), ...query });
  redirect(getPathname({ href: `/admin/events/${target.slug}/check-in?${search}`, locale: target.locale }));
}

async function checkIn(
  target: CheckInPageTarget,
  previous: ActionState,
  read: () => { scope: string | null; who: CheckInTarget },
) {
  let result: CheckInResult | undefined;
  const failed = await attemptAction(target.locale, previous, async () => {
    const { scope, who } = read();
    result = await checkInAttendee(await getStaff(), {
      slug: target.slug,
      target: who,
      scope,
      locale: target.locale,
    });
  });
  if (failed) return failed;
  toPage(target, {
    attendee: result!.attendeeId,
    at: result!.checkedInAt.toISOString(),
    result: result!.already ? "already" : "new",
  });
}

/** A scanned or typed code: the QR text may be the whole check-in URL or the bare code. */
export async function checkInByCode(target: CheckInPageTarget, previous: ActionState, form: FormData) {
  return checkIn(target, previous, () => {
    const input = parseInput(checkInByCodeInput, { scope: target.scope, code: form.get("code") ?? "" });
    const code = checkInCodeFromText(input.code);
    if (!code)
      throw new AppError("validation", "not a code", [{ field: "code", code: "checkInCodeUnknown" }]);
    return { scope: input.scope, who: { code } };
  });
}

export async function checkInById(
  target: CheckInPageTarget & { attendeeId: string },
  previous: ActionState,
): Promise<ActionState> {
  return checkIn(target, previous, () => {
    const input = parseInput(checkInByIdInput, target);
    return { scope: input.scope, who: { attendeeId: input.attendeeId } };
  });
}

export async function undoCheckInAction(
  target: CheckInPageTarget & { attendeeId: string; checkedInAt: string },
  previous: ActionState,
): Promise<ActionState> {
  const failed = await attemptAction(target.locale, previous, async () => {
    const input = parseInput(undoCheckInInput, target);
    await undoCheckIn(await getStaff(), {
      slug: target.slug,
      attendeeId: input.attendeeId,
      scope: input.scope,
      checkedInAt: new Date(input.checkedInAt),
    });
  });
  if (failed) return failed;
  toPage(target, { attendee: target.attendeeId, result: "undone" });
}
