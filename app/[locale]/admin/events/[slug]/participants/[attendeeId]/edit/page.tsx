import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaffPage } from "@/components/admin/require-staff";
import { AttendeeFormPage } from "@/components/manage/attendee-form-page";
import { getParticipantDetail } from "@/lib/admin/get-participant-detail";
import { isAppError } from "@/lib/errors";
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
  const staff = await requireStaffPage(locale);
  const detail = await getParticipantDetail(staff, slug, attendeeId).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "forbidden" || error.code === "not_found")) notFound();
    throw error;
  });
  if (detail.role === "viewer" || detail.attendee.status !== "active") notFound();
  return (
    <AttendeeFormPage
      action={saveStaffAttendee.bind(null, { locale, slug, attendeeId }, "details")}
      backHref={`/admin/events/${slug}/participants/${attendeeId}`}
      view={{
        access: {
          kind: "staff",
          userId: staff.userId,
          email: staff.email,
          registrationId: detail.registration.id,
          eventId: detail.event.id,
        },
        event: detail.event,
        registration: detail.registration,
        canChange: true,
      }}
      attendee={detail.attendee}
      mode="details"
    />
  );
}
