// The private link's pages for one attendee's details and choices: the same loading, the same
// form page, a different part of the form.
import { setRequestLocale } from "next-intl/server";
import { AttendeeFormPage } from "@/components/manage/attendee-form-page";
import { TooManyAttempts } from "@/components/manage/manage-unavailable";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadManageView } from "@/lib/pages/load-manage-view";
import { manageMetadata } from "@/lib/pages/manage-metadata";
import { saveAttendee } from "../../actions";

type Props = { params: Promise<{ locale: AppLocale; token: string; attendeeId: string }> };

export async function attendeeFormMetadata({ params }: Props) {
  return manageMetadata((await params).locale);
}

export function attendeeFormRoute(mode: "details" | "choices") {
  return async function AttendeeFormRoute({ params }: Props) {
    const { locale, token, attendeeId } = await params;
    setRequestLocale(locale);
    const loaded = await loadManageView(token, attendeeId);
    if (!loaded.ok) return <TooManyAttempts minutes={loaded.retryAfterMinutes} />;
    return (
      <AttendeeFormPage
        action={saveAttendee.bind(
          null,
          { locale, token, eventSlug: loaded.view.event.slug, attendeeId: loaded.attendee?.id },
          mode,
        )}
        backHref={`/manage/${token}`}
        view={loaded.view}
        attendee={loaded.attendee}
        mode={mode}
      />
    );
  };
}
