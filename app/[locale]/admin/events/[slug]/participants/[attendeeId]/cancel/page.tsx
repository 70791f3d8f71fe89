import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadParticipantForChange } from "@/lib/pages/load-participant";
import { Link } from "@/components/ui/localised-link";
import { CancelForm } from "@/components/manage/cancel-form";
import type { AppLocale } from "@/lib/i18n/routing";
import { cancelStaffAttendee } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; attendeeId: string }> };

export const generateMetadata = adminMetadata("participantsTitle");

export default async function StaffCancelPage({ params }: Props) {
  const { locale, slug, attendeeId } = await params;
  setRequestLocale(locale);
  const { detail } = await loadParticipantForChange(locale, slug, attendeeId);
  const t = await getTranslations("manage");
  const name = detail.attendee.name;
  return (
    <div className="container container--narrow stack">
      <h1>{t("cancelAttendeeTitle", { name })}</h1>
      <p>{t("cancelAttendeeText", { name })}</p>
      <CancelForm
        action={cancelStaffAttendee.bind(null, { locale, slug, attendeeId })}
        confirmLabel={t("cancelAttendeeConfirm", { name })}
        keepLink={<Link href={`/admin/events/${slug}/participants/${attendeeId}`}>{t("keep")}</Link>}
      />
    </div>
  );
}
