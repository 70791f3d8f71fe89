"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { idParam, localeParam, slugParam } from "@/lib/actions/action-input";
import { eventTarget, parseInput, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import { removeMeetingDocument } from "@/lib/documents/remove-meeting-document";
import { updateNoticeSettings } from "@/lib/documents/update-notice-settings";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { noticeSettingsInput } from "@/lib/validation/meeting-document";

const documentTarget = z.object({ locale: localeParam, slug: slugParam, documentId: idParam });
const confirmed = z.object({ confirm: z.literal(true, { error: "confirmRemoveDocument" }) });

const backTo = (target: { locale: AppLocale; slug: string }, query: string): never =>
  redirect(getPathname({ href: `/admin/events/${target.slug}/documents?${query}`, locale: target.locale }));

/** Removes a paper once the tick says so (the service checks the administrator role). */
export async function removeDocumentAction(
  target: { locale: AppLocale; slug: string; documentId: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const outcome = await runAdminAction(
    documentTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      parseInput(confirmed, { confirm: input.checked("confirm") });
      await removeMeetingDocument(staff, target.slug, target.documentId);
    },
  );
  if ("failed" in outcome) return outcome.failed;
  return backTo(outcome.target, "removed=1");
}

/** Sets how many weeks before the meeting the notice goes out (the service checks the role). */
export async function saveNoticeSettingsAction(
  target: { locale: AppLocale; slug: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const outcome = await runAdminAction(
    eventTarget,
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      await updateNoticeSettings(
        staff,
        target.slug,
        parseInput(noticeSettingsInput, { noticeWeeksBefore: input.text("noticeWeeksBefore") }),
      );
    },
  );
  if ("failed" in outcome) return outcome.failed;
  return backTo(outcome.target, "notice=1");
}
