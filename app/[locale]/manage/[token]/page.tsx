import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadManageView, manageMetadata } from "@/components/manage/load-manage-view";
import { SignupStatusList } from "@/components/registration/signup-status-list";
import { Link } from "@/lib/i18n/navigation";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; token: string }>;
  searchParams: Promise<{ saved?: string }>;
};

export async function generateMetadata({ params }: Props) {
  return manageMetadata((await params).locale);
}

export default async function ManageOverview({ params, searchParams }: Props) {
  const { locale, token } = await params;
  const { saved } = await searchParams;
  setRequestLocale(locale);
  const loaded = await loadManageView(token);
  if (!loaded.ok) return loaded.page;
  const { view } = loaded;
  const t = await getTranslations("manage");
  const base = `/manage/${token}`;
  const isContact = view.access.kind === "contact";
  const title = isContact
    ? t("contactTitle", { reference: view.registration.reference })
    : t("attendeeTitle", { event: localised(view.event.name, locale) });

  return (
    <div className="container container--narrow stack">
      {saved && view.registration.status === "active" && (
        <div className="notice notice--success" role="status">
          {t("saved")}
        </div>
      )}
      <div className="stack stack--tight">
        <h1>{title}</h1>
        <p className="lead">{t("organisation", { name: view.registration.organisation.name })}</p>
        {view.registration.status === "cancelled" ? (
          <p>{t("cancelledNotice")}</p>
        ) : view.canChange ? (
          <p>{t("deadline", { deadline: view.event.changeDeadline })}</p>
        ) : (
          <p>{t("deadlinePassed", { email: view.event.contactEmail })}</p>
        )}
      </div>
      <SignupStatusList
        attendees={view.registration.attendees}
        locale={locale}
        actions={(attendee) =>
          view.canChange &&
          attendee.status === "active" && (
            <ul className="action-list">
              <li>
                <Link
                  href={`${base}/attendees/${attendee.id}`}
                  aria-label={t("editDetailsFor", { name: attendee.name })}
                >
                  {t("editDetails")}
                </Link>
              </li>
              <li>
                <Link
                  href={`${base}/attendees/${attendee.id}/choices`}
                  aria-label={t("editChoicesFor", { name: attendee.name })}
                >
                  {t("editChoices")}
                </Link>
              </li>
              <li>
                <Link
                  href={`${base}/attendees/${attendee.id}/cancel`}
                  aria-label={t("cancelAttendeeFor", { name: attendee.name })}
                >
                  {t("cancelAttendee")}
                </Link>
              </li>
            </ul>
          )
        }
      />
      {view.canChange && isContact && (
        <div className="button-group">
          <Link href={`${base}/add`} className="button button--secondary">
            {t("addAttendee")}
          </Link>
          <Link href={`${base}/cancel`} className="button button--warning">
            {t("cancelRegistration")}
          </Link>
        </div>
      )}
    </div>
  );
}
