import { getTranslations } from "next-intl/server";
import { ChoicesForm } from "@/components/registration/choices-form";
import { StepLayout } from "@/components/registration/step-layout";
import { saveChoicesStep } from "../../actions";
import { draftStepPage, stepMetadata } from "../draft-step";

export const dynamic = "force-dynamic";

export const generateMetadata = stepMetadata("choicesStep");

export default draftStepPage(async ({ locale, slug, draftId, event, draft }) => {
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
        values={draft.data}
        activities={event.activities}
        now={new Date()}
      />
    </StepLayout>
  );
});
