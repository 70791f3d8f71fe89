import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadParticipantForChange } from "@/lib/pages/load-participant";
import { AttendeeFormPage } from "@/components/manage/attendee-form-page";
import type { AppLocale } from "@/lib/i18n/routing";
import { Link } from "@/components/ui/localised-link";
import { saveStaffAttendee } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; attendeeId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("participantsTitle"), robots: { index: false } };
}

export default async function StaffAttendeeChoicesPage({ params }: Props) {
  const { locale, slug, attendeeId } = await params;
  setRequestLocale(locale);
  const { staff, detail } = await loadParticipantForChange(locale, slug, attendeeId);
  if (detail.role !== "admin" && detail.visitDetails) {
    const t = await getTranslations("admin");
    return (
      <div className="container container--narrow stack">
        <h1>{t("editChoices")}</h1>
        <p>{t("visitDetailsAdminOnly")}</p>
        <p>
          <Link href={`/admin/events/${slug}/participants/${attendeeId}`} className="back-link">
            {t("backToList")}
          </Link>
        </p>
      </div>
    );
  }
  const access = {
    kind: "staff" as const,
    userId: staff.userId,
    email: staff.email,
    registrationId: detail.registration.id,
    eventId: detail.event.id,
  };
  return (
    <AttendeeFormPage
      action={saveStaffAttendee.bind(null, { locale, slug, attendeeId }, "choices")}
      backHref={`/admin/events/${slug}/participants/${attendeeId}`}
      view={{ access, event: detail.event, registration: detail.registration, canChange: true }}
      attendee={detail.attendee}
      mode="choices"
    />
  );
}
