import { getTranslations } from "next-intl/server";
import { RegistrationSummaryList } from "@/components/registration/registration-summary-list";
import { ReviewForm } from "@/components/registration/review-form";
import { StepLayout } from "@/components/registration/step-layout";
import { getPathname } from "@/lib/i18n/navigation";
import { listMemberOrganisations } from "@/lib/organisations/list-member-organisations";
import { submitReviewStep } from "../../actions";
import { draftStepPage, stepMetadata } from "../draft-step";

export const dynamic = "force-dynamic";

export const generateMetadata = stepMetadata("reviewStep");

export default draftStepPage(async ({ locale, slug, draftId, event, draft }) => {
  const [t, members] = await Promise.all([
    getTranslations("registerForm.reviewStep"),
    listMemberOrganisations(),
  ]);
  const { data } = draft;
  const organisationName = members.find((member) => member.id === data.organisation.id)?.name ?? "";
  return (
    <StepLayout step={5} title={t("title")} backHref={`/events/${slug}/register/${draftId}/needs`}>
      <ReviewForm
        action={submitReviewStep.bind(null, { locale, slug, draftId })}
        values={data}
        privacyHref={getPathname({ href: "/privacy", locale })}
      >
        <RegistrationSummaryList
          data={data}
          organisationName={organisationName}
          activities={event.activities}
          locale={locale}
          stepHref={(step) => `/events/${slug}/register/${draftId}/${step}`}
        />
      </ReviewForm>
    </StepLayout>
  );
});
