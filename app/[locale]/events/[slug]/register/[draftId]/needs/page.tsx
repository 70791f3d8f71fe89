import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadDraftStep } from "@/components/registration/load-draft-step";
import { NeedsForm } from "@/components/registration/needs-form";
import { StepLayout } from "@/components/registration/step-layout";
import type { AppLocale } from "@/lib/i18n/routing";
import { saveNeedsStep } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; draftId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registerForm.needsStep" });
  return { title: t("title") };
}

export default async function NeedsStep({ params }: Props) {
  const { locale, slug, draftId } = await params;
  setRequestLocale(locale);
  const loaded = await loadDraftStep(locale, slug, draftId);
  if (!loaded.ok) return loaded.blocked;
  const t = await getTranslations("registerForm.needsStep");
  return (
    <StepLayout
      step={4}
      title={t("title")}
      intro={t("intro")}
      backHref={`/events/${slug}/register/${draftId}/choices`}
    >
      <NeedsForm
        action={saveNeedsStep.bind(null, { locale, slug, draftId })}
        values={loaded.draft.data}
        activities={loaded.event.activities}
      />
    </StepLayout>
  );
}
