"use server";

// Entry point of the new-meeting form: parse the bound target, check that an association
// administrator asks, then read and validate the form and copy the meeting; on success the new
// draft's settings page opens.
import { redirect } from "next/navigation";
import { z } from "zod";
import { parseInput, type ActionState } from "@/lib/actions/admin-action";
import { localeParam } from "@/lib/actions/action-input";
import { runFormAction } from "@/lib/actions/form-action";
import { getStaff, requireAssociationAdmin } from "@/lib/auth/staff-session";
import { copyEvent } from "@/lib/events/copy-event";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { newEventInput } from "@/lib/validation/new-event";

const TEXT_FIELDS = [
  "sourceSlug",
  "nameSv",
  "nameEn",
  "slug",
  "startDate",
  "hostOrganisationId",
  "city",
  "venueName",
  "venueAddress",
  "contactEmail",
] as const;

export async function createEvent(
  target: { locale: AppLocale },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const outcome = await runFormAction({
    target: z.object({ locale: localeParam }),
    rawTarget: target,
    previous,
    form,
    fieldErrors: true,
    authorise: async () => requireAssociationAdmin(await getStaff()),
    work: async ({ access, input }) => {
      const values = Object.fromEntries(TEXT_FIELDS.map((name) => [name, input.text(name)]));
      return copyEvent(
        access,
        parseInput(newEventInput, { ...values, includeAnnualMeeting: input.checked("includeAnnualMeeting") }),
      );
    },
  });
  if (!outcome.ok) return outcome.state;
  redirect(
    getPathname({
      href: `/admin/events/${outcome.result.slug}/settings?done=created`,
      locale: outcome.target.locale,
    }),
  );
}
