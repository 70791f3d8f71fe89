import { setRequestLocale } from "next-intl/server";
import { AttendeeFormPage } from "@/components/manage/attendee-form-page";
import { loadManageView, manageMetadata } from "@/components/manage/load-manage-view";
import type { AppLocale } from "@/lib/i18n/routing";
import { saveAttendee } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; token: string; attendeeId: string }> };

export async function generateMetadata({ params }: Props) {
  return manageMetadata((await params).locale);
}

export default async function AttendeeDetailsPage({ params }: Props) {
  const { locale, token, attendeeId } = await params;
  setRequestLocale(locale);
  const loaded = await loadManageView(token, attendeeId);
  if (!loaded.ok) return loaded.page;
  return (
    <AttendeeFormPage
      action={saveAttendee.bind(
        null,
        { locale, token, eventSlug: loaded.view.event.slug, attendeeId: loaded.attendee?.id },
        "details",
      )}
      backHref={`/manage/${token}`}
      view={loaded.view}
      attendee={loaded.attendee}
      mode="details"
    />
  );
}
