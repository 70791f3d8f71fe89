import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadParticipantForChange } from "@/lib/pages/load-participant";
import type { AppLocale } from "@/lib/i18n/routing";
import { Link } from "@/components/ui/localised-link";
import { MessagePage } from "@/components/ui/message-page";
import { StaffAttendeeForm } from "../staff-attendee-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; attendeeId: string }> };

export const generateMetadata = adminMetadata("participantsTitle");

export default async function StaffAttendeeChoicesPage({ params }: Props) {
  const { locale, slug, attendeeId } = await params;
  setRequestLocale(locale);
  const loaded = await loadParticipantForChange(locale, slug, attendeeId);
  const { detail } = loaded;
  if (detail.role !== "admin" && detail.visitDetails) {
    const t = await getTranslations("admin");
    return (
      <MessagePage title={t("editChoices")}>
        <p>{t("visitDetailsAdminOnly")}</p>
        <p>
          <Link href={`/admin/events/${slug}/participants/${attendeeId}`} className="back-link">
            {t("backToList")}
          </Link>
        </p>
      </MessagePage>
    );
  }
  return (
    <StaffAttendeeForm locale={locale} slug={slug} attendeeId={attendeeId} loaded={loaded} mode="choices" />
  );
}
