// What the step pages of a registration share: their title, and loading the event and the draft
// before the step renders (or saying why it cannot).
import type { Metadata } from "next";
import type { ComponentProps, ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DraftMissing, RegistrationUnavailable } from "@/components/registration/draft-unavailable";
import { OrganisationForm } from "@/components/registration/organisation-form";
import { StepLayout } from "@/components/registration/step-layout";
import type { PublicEvent } from "@/lib/events/public-event";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadDraftStep } from "@/lib/pages/load-draft-step";
import { listMemberOrganisations } from "@/lib/organisations/list-member-organisations";
import { findInvitation } from "@/lib/invitations/find-invitation";
import type { DraftData } from "@/lib/registration-drafts/draft-data";
import type { RegistrationDraftView } from "@/lib/registration-drafts/get-registration-draft";

type StepParams = { locale: AppLocale; slug: string; draftId: string };
type StepProps = {
  params: Promise<StepParams>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
type StepName = "organisationStep" | "delegatesStep" | "choicesStep" | "needsStep" | "reviewStep";

/** A step page's `generateMetadata`: the step's title in the page's language. */
export function stepMetadata(step: StepName) {
  return async ({ params }: { params: Promise<{ locale: AppLocale }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace: `registerForm.${step}` });
    return { title: t("title") };
  };
}

/** A step page: the event and the draft loaded, then `render`; a missing draft or closed registration said instead. */
export function draftStepPage(
  render: (
    step: StepParams & {
      event: PublicEvent;
      draft: RegistrationDraftView;
      searchParams: Record<string, string | string[] | undefined>;
    },
  ) => Promise<ReactNode>,
) {
  return async function DraftStepPage({ params, searchParams }: StepProps) {
    const { locale, slug, draftId } = await params;
    setRequestLocale(locale);
    const loaded = await loadDraftStep(locale, slug, draftId);
    if (!loaded.ok) {
      return loaded.reason === "draftMissing" ? (
        <DraftMissing slug={slug} />
      ) : (
        <RegistrationUnavailable event={loaded.event} locale={locale} />
      );
    }
    return render({
      locale,
      slug,
      draftId,
      event: loaded.event,
      draft: loaded.draft,
      searchParams: await searchParams,
    });
  };
}

/** The first step, for a new registration and for a draft alike: who registers, and the contact. */
export async function organisationStep({
  slug,
  action,
  values,
  invitationGiven = false,
}: {
  slug: string;
  action: ComponentProps<typeof OrganisationForm>["action"];
  values: DraftData;
  /** Whether the page was opened with an invitation token, valid or not. */
  invitationGiven?: boolean;
}) {
  const [t, members, invitation] = await Promise.all([
    getTranslations("registerForm.organisationStep"),
    listMemberOrganisations(),
    findInvitation(slug, values.invitationToken),
  ]);
  return (
    <StepLayout step={1} title={t("title")} intro={t("intro")} backHref={`/events/${slug}`}>
      <OrganisationForm
        action={action}
        members={members}
        values={{ ...values, invitationToken: invitation ? values.invitationToken : null }}
        invitation={invitation ?? (invitationGiven ? false : null)}
      />
    </StepLayout>
  );
}
