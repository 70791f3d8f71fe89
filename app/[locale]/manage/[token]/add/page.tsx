import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { AttendeeFormPage } from "@/components/manage/attendee-form-page";
import { TooManyAttempts } from "@/components/manage/manage-unavailable";
import { loadManageView } from "@/lib/pages/load-manage-view";
import { manageMetadata } from "@/lib/pages/manage-metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { saveAttendee } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; token: string }> };

export async function generateMetadata({ params }: Props) {
  return manageMetadata((await params).locale);
}

export default async function AddAttendeePage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const loaded = await loadManageView(token);
  if (!loaded.ok) return <TooManyAttempts minutes={loaded.retryAfterMinutes} />;
  // Only the contact's link adds delegates; an attendee's own link does not open this page.
  if (loaded.view.access.kind !== "contact") notFound();
  return (
    <AttendeeFormPage
      action={saveAttendee.bind(
        null,
        { locale, token, eventSlug: loaded.view.event.slug, attendeeId: undefined },
        "add",
      )}
      backHref={`/manage/${token}`}
      view={loaded.view}
      mode="add"
    />
  );
}
