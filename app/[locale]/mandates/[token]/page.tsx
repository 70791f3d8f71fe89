import { headers } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { TooManyAttempts } from "@/components/manage/manage-unavailable";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { getMandateRequest, type MandateRequestView } from "@/lib/mandates/confirm-mandate";
import { manageMetadata } from "@/lib/pages/manage-metadata";
import { confirmMandateAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; token: string }>;
  searchParams: Promise<{ confirmed?: string }>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "mandates" });
  return manageMetadata(locale, t("confirmTitle"));
}

/** The page a mandate request's link opens: what is confirmed, and one button. Opening it changes nothing. */
export default async function ConfirmMandatePage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  const { confirmed } = await searchParams;
  setRequestLocale(locale);
  const [t, format] = await Promise.all([getTranslations("mandates"), getFormatter()]);
  let view: MandateRequestView | null = null;
  try {
    view = await getMandateRequest(token, clientAddress(await headers()));
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "rate_limited")
      return <TooManyAttempts minutes={Math.ceil(Number(error.params.retryAfter) / 60)} />;
  }
  if (!view)
    return (
      <div className="container container--narrow stack">
        <h1>{t("confirmTitle")}</h1>
        <p>{t("linkUnknown")}</p>
      </div>
    );
  const event = localised(view.event.name, locale);
  return (
    <div className="container container--narrow stack">
      <h1>{t("confirmTitle")}</h1>
      {confirmed && view.state === "used" ? (
        <div className="notice notice--success" role="status">
          {t("confirmed", { organisation: view.organisation })}
        </div>
      ) : (
        <p className="lead">{t("confirmIntro", { organisation: view.organisation, event })}</p>
      )}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t("ombud")}</dt>
          <dd>{view.ombud ?? t("noOmbud")}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("substitute")}</dt>
          <dd>{view.substitute ?? t("noSubstitute")}</dd>
        </div>
      </dl>
      {view.state === "used" && !confirmed && (
        <p>
          {t("linkUsed", { at: format.dateTime(view.usedAt!, { dateStyle: "long", timeStyle: "short" }) })}
        </p>
      )}
      {view.state === "expired" && <p>{t("linkExpired", { email: view.event.contactEmail })}</p>}
      {view.state === "open" && !view.ombud && <p>{t("confirmNoOmbud")}</p>}
      {view.state === "open" && view.ombud && (
        <>
          <p>{t("confirmOnce")}</p>
          <ActionForm
            action={confirmMandateAction.bind(null, { locale, token })}
            submitLabel={t("confirmButton")}
          >
            {null}
          </ActionForm>
        </>
      )}
    </div>
  );
}
