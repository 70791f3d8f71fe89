import { getTranslations } from "next-intl/server";
import { NeedsForm } from "@/components/registration/needs-form";
import { StepLayout } from "@/components/registration/step-layout";
import { saveNeedsStep } from "../../actions";
import { draftStepPage, stepMetadata } from "../draft-step";

export const dynamic = "force-dynamic";

export const generateMetadata = stepMetadata("needsStep");

export default draftStepPage(async ({ locale, slug, draftId, event, draft }) => {
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
        values={draft.data}
        activities={event.activities}
        meeting={{ id: event.id, name: event.name, questions: event.questions, everyone: true }}
      />
    </StepLayout>
  );
});
