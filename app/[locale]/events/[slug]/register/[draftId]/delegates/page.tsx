import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DelegatesForm } from "@/components/registration/delegates-form";
import { loadDraftStep } from "@/components/registration/load-draft-step";
import { StepLayout } from "@/components/registration/step-layout";
import type { AppLocale } from "@/lib/i18n/routing";
import { memberRegistrationCount } from "@/lib/registrations/member-registration-count";
import { saveDelegatesStep } from "../../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string; draftId: string }>;
  searchParams: Promise<{ focus?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registerForm.delegatesStep" });
  return { title: t("title") };
}

export default async function DelegatesStep({ params, searchParams }: Props) {
  const { locale, slug, draftId } = await params;
  const { focus } = await searchParams;
  setRequestLocale(locale);
  const loaded = await loadDraftStep(locale, slug, draftId);
  if (!loaded.ok) return loaded.blocked;
  const t = await getTranslations("registerForm.delegatesStep");
  const { data } = loaded.draft;
  const earlier =
    data.organisation.kind === "member" && data.organisation.id
      ? await memberRegistrationCount(slug, data.organisation.id)
      : 0;
  return (
    <StepLayout
      step={2}
      title={t("title")}
      intro={t("intro")}
      backHref={`/events/${slug}/register/${draftId}/organisation`}
    >
      {earlier > 0 && (
        <div className="notice" role="note">
          {t("alreadyRegistered", { count: earlier })}
        </div>
      )}
      <DelegatesForm
        action={saveDelegatesStep.bind(null, { locale, slug, draftId })}
        values={data}
        focusKey={focus}
      />
    </StepLayout>
  );
}
