import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { Link } from "@/components/ui/localised-link";
import { CancelForm } from "@/components/manage/cancel-form";
import { getEventSettings } from "@/lib/admin/get-event-settings";
import type { AppLocale } from "@/lib/i18n/routing";
import { anonymiseEventAction } from "../../privacy-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export const generateMetadata = adminMetadata("anonymiseTitle");

export default async function AnonymisePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await loadOrNotFound(getEventSettings(await requireStaffPage(locale), slug));
  const t = await getTranslations("admin");
  return (
    <div className="container container--narrow stack">
      <h1>{t("anonymiseTitle")}</h1>
      <p>{t("anonymiseText")}</p>
      <CancelForm
        action={anonymiseEventAction.bind(null, { locale, slug })}
        confirmLabel={t("anonymiseConfirm")}
        keepLink={<Link href={`/admin/events/${slug}/settings`}>{t("keep")}</Link>}
      />
    </div>
  );
}
