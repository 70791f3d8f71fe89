import { z } from "zod";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import { GroupMessageForm } from "@/components/admin/group-message-form";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { getMailingProgress } from "@/lib/admin/group-message";
import { authorizeEvent } from "@/lib/auth/staff-session";
import { participantFilterOptions } from "@/lib/admin/list-participants";
import type { AppLocale } from "@/lib/i18n/routing";
import { groupMessageAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ mailing?: string }>;
};

export const generateMetadata = adminMetadata("messagesTitle");

export default async function MessagesPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { mailing } = await searchParams;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  await loadOrNotFound(authorizeEvent(staff, slug, "staff"));
  const mailingId = z.uuid().safeParse(mailing).data;
  const progress = mailingId ? await getMailingProgress(staff, slug, mailingId) : null;
  const [t, options] = await Promise.all([getTranslations("admin"), participantFilterOptions(slug)]);
  return (
    <div className="container container--narrow stack">
      <h1>{t("messagesTitle")}</h1>
      {progress && (
        <section aria-labelledby="progress-heading" className="card stack stack--tight">
          <h2 id="progress-heading" className="heading-m">
            {t("progressHeading")}
          </h2>
          {progress.waiting > 0 && <AutoRefresh seconds={3} />}
          <progress value={progress.sent} max={Math.max(progress.total, 1)} aria-label={t("progressLabel")} />
          <p role="status">{t("progress", { sent: progress.sent, total: progress.total })}</p>
          {progress.failed > 0 && (
            <p className="field-error">{t("progressFailed", { failed: progress.failed })}</p>
          )}
        </section>
      )}
      <p>{t("messagesIntro")}</p>
      <GroupMessageForm
        action={groupMessageAction.bind(null, { locale, slug })}
        activities={options.activities.map((activity) => ({
          value: activity.id,
          label: locale === "sv" ? activity.nameSv : activity.nameEn,
        }))}
        organisations={options.organisations.map((organisation) => ({
          value: organisation.id,
          label: organisation.name,
        }))}
      />
    </div>
  );
}
