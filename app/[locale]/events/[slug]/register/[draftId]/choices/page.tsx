import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChoicesForm } from "@/components/registration/choices-form";
import { loadDraftStep } from "@/components/registration/load-draft-step";
import { StepLayout } from "@/components/registration/step-layout";
import type { AppLocale } from "@/lib/i18n/routing";
import { saveChoicesStep } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; draftId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registerForm.choicesStep" });
  return { title: t("title") };
}

export default async function ChoicesStep({ params }: Props) {
  const { locale, slug, draftId } = await params;
  setRequestLocale(locale);
  const loaded = await loadDraftStep(locale, slug, draftId);
  if (!loaded.ok) return loaded.blocked;
  const t = await getTranslations("registerForm.choicesStep");
  return (
    <StepLayout
      step={3}
      title={t("title")}
      intro={t("intro")}
      backHref={`/events/${slug}/register/${draftId}/delegates`}
    >
      <ChoicesForm
        action={saveChoicesStep.bind(null, { locale, slug, draftId })}
        values={loaded.draft.data}
        activities={loaded.event.activities}
        now={new Date()}
      />
    </StepLayout>
  );
}
