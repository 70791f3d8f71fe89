"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import type { MessageState, MessageValues } from "@/components/admin/group-message-form";
import { countGroupRecipients, sendGroupMessage } from "@/lib/admin/group-message";
import { eventTarget, parseInput } from "@/lib/actions/admin-action";
import { idParam, nextAttempt } from "@/lib/actions/action-input";
import { runFormAction } from "@/lib/actions/form-action";
import { authorizeEvent, getStaff } from "@/lib/auth/staff-session";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { groupMessageInput } from "@/lib/validation/group-message";

const MESSAGE_FIELDS = [
  "activityId",
  "organisationId",
  "subjectSv",
  "bodySv",
  "subjectEn",
  "bodyEn",
] as const;

export async function groupMessageAction(
  rawTarget: { locale: AppLocale; slug: string },
  previous: MessageState,
  form: FormData,
): Promise<MessageState> {
  const outcome = await runFormAction({
    target: eventTarget,
    rawTarget,
    previous,
    form,
    // The session and a role at the event come before the form is read.
    authorise: async (target) => {
      const staff = await getStaff();
      await authorizeEvent(staff, target.slug, "viewer");
      return staff;
    },
    read: (input) => Object.fromEntries(MESSAGE_FIELDS.map((key) => [key, input.text(key)])) as MessageValues,
    work: async ({ target, access: staff, values, input }) => {
      const message = parseInput(groupMessageInput, values);
      if (input.text("intent") !== "send") {
        const count = await countGroupRecipients(staff, target.slug, message);
        return { kind: "preview" as const, count, values };
      }
      // The id made at preview time: sending twice (double click) mails nobody twice.
      const mailingId = idParam.safeParse(input.text("mailingId")).data ?? randomUUID();
      await sendGroupMessage(staff, target.slug, message, mailingId);
      return { kind: "sent" as const, mailingId };
    },
  });
  if (!outcome.ok) return outcome.state;
  const { target, result } = outcome;
  if (result.kind === "preview") {
    return {
      attempt: nextAttempt(previous),
      summary: [],
      fieldErrors: {},
      values: result.values,
      preview: { count: result.count, mailingId: randomUUID() },
    };
  }
  redirect(
    getPathname({
      href: `/admin/events/${target.slug}/messages?mailing=${result.mailingId}`,
      locale: target.locale,
    }),
  );
}
