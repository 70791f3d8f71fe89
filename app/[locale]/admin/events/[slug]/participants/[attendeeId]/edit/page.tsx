import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadParticipantForChange } from "@/lib/pages/load-participant";
import { AttendeeFormPage } from "@/components/manage/attendee-form-page";
import type { AppLocale } from "@/lib/i18n/routing";
import { saveStaffAttendee } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; attendeeId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("participantsTitle"), robots: { index: false } };
}

export default async function StaffAttendeeDetailsPage({ params }: Props) {
  const { locale, slug, attendeeId } = await params;
  setRequestLocale(locale);
  const { staff, detail } = await loadParticipantForChange(locale, slug, attendeeId);
  const access = {
    kind: "staff" as const,
    userId: staff.userId,
    email: staff.email,
    registrationId: detail.registration.id,
    eventId: detail.event.id,
  };
  return (
    <AttendeeFormPage
      action={saveStaffAttendee.bind(null, { locale, slug, attendeeId }, "details")}
      backHref={`/admin/events/${slug}/participants/${attendeeId}`}
      view={{ access, event: detail.event, registration: detail.registration, canChange: true }}
      attendee={detail.attendee}
      mode="details"
    />
  );
}
