import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { Link } from "@/components/ui/localised-link";
import { CancelForm } from "@/components/manage/cancel-form";
import { getParticipantDetail } from "@/lib/admin/get-participant-detail";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/routing";
import { erasePersonAction } from "../../../privacy-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; attendeeId: string }> };

export const generateMetadata = adminMetadata("eraseHeading");

export default async function ErasePersonPage({ params }: Props) {
  const { locale, slug, attendeeId } = await params;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const detail = await loadOrNotFound(
    getParticipantDetail(staff, slug, attendeeId).then((found) => {
      if (found.role !== "admin") throw new AppError("forbidden", "admins only");
      return found;
    }),
  );
  const t = await getTranslations("admin");
  const name = detail.attendee.name;
  return (
    <div className="container container--narrow stack">
      <h1>{t("eraseTitle", { name })}</h1>
      <p>{t("eraseText", { name })}</p>
      <CancelForm
        action={erasePersonAction.bind(null, { locale, slug, attendeeId })}
        confirmLabel={t("eraseConfirm", { name })}
        keepLink={<Link href={`/admin/events/${slug}/participants/${attendeeId}`}>{t("keep")}</Link>}
      />
    </div>
  );
}
