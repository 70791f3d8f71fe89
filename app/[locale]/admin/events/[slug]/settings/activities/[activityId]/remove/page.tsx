import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { Checkbox } from "@/components/ui/fields";
import { Link } from "@/components/ui/localised-link";
import { idParam } from "@/lib/actions/action-input";
import { getActivityRemoval } from "@/lib/admin/get-activity-removal";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { removeActivityAction } from "../../../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; activityId: string }> };

export const generateMetadata = adminMetadata("removeActivity");

export default async function RemoveActivityPage({ params }: Props) {
  const { locale, slug, activityId } = await params;
  setRequestLocale(locale);
  if (!idParam.safeParse(activityId).success) notFound();
  const removal = await loadOrNotFound(getActivityRemoval(await requireStaffPage(locale), slug, activityId));
  const t = await getTranslations("admin");
  const name = localised(removal.name, locale);
  return (
    <div className="container container--narrow stack">
      <h1>{t("removeActivityTitle", { activity: name })}</h1>
      {removal.cancelled ? (
        <p className="notice">{t("activityCancelledNotice", { count: 0 })}</p>
      ) : (
        <>
          <p>
            {removal.deletes
              ? t("removeActivityNobody")
              : t("removeActivityCancel", { count: removal.holders })}
          </p>
          <ActionForm
            action={removeActivityAction.bind(null, { locale, slug, activityId })}
            submitLabel={removal.deletes ? t("removeActivityButton") : t("cancelActivityButton")}
            variant="warning"
          >
            <Checkbox name="confirm" label={t("removeActivityConfirm")} />
          </ActionForm>
        </>
      )}
      <p>
        <Link href={`/admin/events/${slug}/settings`}>{t("backToSettings")}</Link>
      </p>
    </div>
  );
}
