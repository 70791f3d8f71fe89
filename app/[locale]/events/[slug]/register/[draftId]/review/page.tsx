import { getTranslations } from "next-intl/server";
import { RegistrationSummaryList } from "@/components/registration/registration-summary-list";
import { ReviewForm } from "@/components/registration/review-form";
import { StepLayout } from "@/components/registration/step-layout";
import { getPathname } from "@/lib/i18n/navigation";
import { listMemberOrganisations } from "@/lib/organisations/list-member-organisations";
import { submitReviewStep } from "../../actions";
import { previewDraftStanding } from "@/lib/registration-drafts/preview-draft-standing";
import { describePendingReasons } from "@/lib/registrations/registration-standing";
import { readHotels } from "@/lib/stay/read-hotels";
import { draftStepPage, stepMetadata } from "../draft-step";

export const dynamic = "force-dynamic";

export const generateMetadata = stepMetadata("reviewStep");

export default draftStepPage(async ({ locale, slug, draftId, event, draft }) => {
  const { data } = draft;
  const [t, te, members, standing, hotels] = await Promise.all([
    getTranslations("registerForm.reviewStep"),
    getTranslations("emails"),
    listMemberOrganisations(),
    previewDraftStanding(slug, data),
    readHotels(event.id),
  ]);
  const organisationName = members.find((member) => member.id === data.organisation.id)?.name ?? "";
  return (
    <StepLayout step={5} title={t("title")} backHref={`/events/${slug}/register/${draftId}/needs`}>
      <ReviewForm
        action={submitReviewStep.bind(null, { locale, slug, draftId })}
        values={data}
        privacyHref={getPathname({ href: "/privacy", locale })}
      >
        {standing.approval === "pending" ? (
          <p className="notice">
            {t("pendingNotice", {
              reasons: describePendingReasons(standing.reasons, locale, (reason) =>
                te(`pendingReasons.${reason}`),
              ),
            })}
          </p>
        ) : (
          data.invitationToken && <p className="notice notice--success">{t("invitedNotice")}</p>
        )}
        <RegistrationSummaryList
          data={data}
          organisationName={organisationName}
          activities={event.activities}
          meeting={{ id: event.id, name: event.name, questions: event.questions, everyone: true }}
          locale={locale}
          hotels={hotels}
          stepHref={(step) => `/events/${slug}/register/${draftId}/${step}`}
        />
      </ReviewForm>
    </StepLayout>
  );
});
