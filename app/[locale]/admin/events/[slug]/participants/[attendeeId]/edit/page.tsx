import { setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadParticipantForChange } from "@/lib/pages/load-participant";
import type { AppLocale } from "@/lib/i18n/routing";
import { StaffAttendeeForm } from "../staff-attendee-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; attendeeId: string }> };

export const generateMetadata = adminMetadata("participantsTitle");

export default async function StaffAttendeeDetailsPage({ params }: Props) {
  const { locale, slug, attendeeId } = await params;
  setRequestLocale(locale);
  const loaded = await loadParticipantForChange(locale, slug, attendeeId);
  return (
    <StaffAttendeeForm locale={locale} slug={slug} attendeeId={attendeeId} loaded={loaded} mode="details" />
  );
}
