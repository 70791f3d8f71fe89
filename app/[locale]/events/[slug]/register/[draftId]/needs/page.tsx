import { getTranslations } from "next-intl/server";
import { NeedsForm } from "@/components/registration/needs-form";
import { StepLayout } from "@/components/registration/step-layout";
import { meetingNights } from "@/lib/stay/meeting-nights";
import { readHotels } from "@/lib/stay/read-hotels";
import { hotelOptions } from "@/lib/stay/stay-values";
import { saveNeedsStep } from "../../actions";
import { draftStepPage, stepMetadata } from "../draft-step";

export const dynamic = "force-dynamic";

export const generateMetadata = stepMetadata("needsStep");

export default draftStepPage(async ({ locale, slug, draftId, event, draft }) => {
  const [t, hotels] = await Promise.all([getTranslations("registerForm.needsStep"), readHotels(event.id)]);
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
        stay={{ hotels: hotelOptions(hotels, locale, new Date()), nights: meetingNights(event) }}
      />
    </StepLayout>
  );
});
