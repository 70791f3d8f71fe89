import { getTranslations } from "next-intl/server";
import { DelegatesForm } from "@/components/registration/delegates-form";
import { StepLayout } from "@/components/registration/step-layout";
import { memberRegistrationCount } from "@/lib/registrations/member-registration-count";
import { saveDelegatesStep } from "../../actions";
import { draftStepPage, stepMetadata } from "../draft-step";

export const dynamic = "force-dynamic";

export const generateMetadata = stepMetadata("delegatesStep");

export default draftStepPage(async ({ locale, slug, draftId, draft, searchParams }) => {
  const t = await getTranslations("registerForm.delegatesStep");
  const { data } = draft;
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
        focusKey={typeof searchParams.focus === "string" ? searchParams.focus : undefined}
      />
    </StepLayout>
  );
});
