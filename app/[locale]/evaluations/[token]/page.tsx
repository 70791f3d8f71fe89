import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { TooManyAttempts } from "@/components/manage/manage-unavailable";
import { ChoiceGroup, TextArea } from "@/components/ui/fields";
import { getEvaluationForm } from "@/lib/evaluations/answer-evaluation";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import { manageMetadata } from "@/lib/pages/manage-metadata";
import { answerEvaluationAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; token: string }>;
  searchParams: Promise<{ answered?: string }>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "evaluation" });
  return manageMetadata(locale, t("title"));
}

/** The evaluation a checked-in attendee was sent: a rating per theme and free text, answered once. */
export default async function EvaluationPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  const { answered } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("evaluation");
  let form: Awaited<ReturnType<typeof getEvaluationForm>> | null = null;
  try {
    form = await getEvaluationForm(token, clientAddress(await headers()));
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "rate_limited")
      return <TooManyAttempts minutes={Math.ceil(Number(error.params.retryAfter) / 60)} />;
  }
  if (!form)
    return (
      <div className="container container--narrow stack">
        <h1>{t("title")}</h1>
        <p>{t("unknown")}</p>
      </div>
    );
  const event = localised(form.event.name, locale);
  return (
    <div className="container container--narrow stack">
      <h1>{t("heading", { event })}</h1>
      {form.used ? (
        <div className="notice notice--success" role="status">
          {answered ? t("thanks") : t("alreadyAnswered")}
        </div>
      ) : (
        <>
          <p>{t("intro")}</p>
          <ActionForm
            action={answerEvaluationAction.bind(null, { locale, token, themes: form.themes.length })}
            submitLabel={t("submit")}
          >
            {form.themes.map((theme, index) => (
              <ChoiceGroup
                key={theme.titleSv}
                name={`rating-${index}`}
                legend={localised({ sv: theme.titleSv, en: theme.titleEn }, locale)}
                type="radio"
                selected={[]}
                choices={[1, 2, 3, 4, 5].map((value) => ({
                  value: String(value),
                  label: t(`scale.${value as 1}`),
                }))}
              />
            ))}
            <TextArea name="comment" label={t("comment")} hint={t("commentHint")} />
          </ActionForm>
        </>
      )}
    </div>
  );
}
