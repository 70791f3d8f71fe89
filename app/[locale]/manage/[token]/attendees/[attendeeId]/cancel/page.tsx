import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/components/ui/localised-link";
import { CancelForm } from "@/components/manage/cancel-form";
import { TooManyAttempts } from "@/components/manage/manage-unavailable";
import { loadManageView } from "@/lib/pages/load-manage-view";
import { manageMetadata } from "@/lib/pages/manage-metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { confirmCancellation } from "../../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; token: string; attendeeId: string }> };

export async function generateMetadata({ params }: Props) {
  return manageMetadata((await params).locale);
}

export default async function CancelAttendeePage({ params }: Props) {
  const { locale, token, attendeeId } = await params;
  setRequestLocale(locale);
  const loaded = await loadManageView(token, attendeeId);
  if (!loaded.ok) return <TooManyAttempts minutes={loaded.retryAfterMinutes} />;
  const t = await getTranslations("manage");
  const name = loaded.attendee!.name;
  return (
    <div className="container container--narrow stack">
      <h1>{t("cancelAttendeeTitle", { name })}</h1>
      <p>{t("cancelAttendeeText", { name })}</p>
      <CancelForm
        action={confirmCancellation.bind(null, {
          locale,
          token,
          eventSlug: loaded.view.event.slug,
          attendeeId,
        })}
        confirmLabel={t("cancelAttendeeConfirm", { name })}
        keepLink={<Link href={`/manage/${token}`}>{t("keep")}</Link>}
      />
    </div>
  );
}
