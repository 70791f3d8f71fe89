import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadDraftStep } from "@/components/registration/load-draft-step";
import { RegistrationSummaryList } from "@/components/registration/registration-summary-list";
import { ReviewForm } from "@/components/registration/review-form";
import { StepLayout } from "@/components/registration/step-layout";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { listMemberOrganisations } from "@/lib/organisations/list-member-organisations";
import { submitReviewStep } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; draftId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registerForm.reviewStep" });
  return { title: t("title") };
}

export default async function ReviewStep({ params }: Props) {
  const { locale, slug, draftId } = await params;
  setRequestLocale(locale);
  const loaded = await loadDraftStep(locale, slug, draftId);
  if (!loaded.ok) return loaded.blocked;
  const [t, members] = await Promise.all([
    getTranslations("registerForm.reviewStep"),
    listMemberOrganisations(),
  ]);
  const { data } = loaded.draft;
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
          activities={loaded.event.activities}
          locale={locale}
          stepHref={(step) => `/events/${slug}/register/${draftId}/${step}`}
        />
      </ReviewForm>
    </StepLayout>
  );
}
