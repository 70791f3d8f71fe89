import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadDraftStep } from "@/components/registration/load-draft-step";
import { OrganisationForm } from "@/components/registration/organisation-form";
import { StepLayout } from "@/components/registration/step-layout";
import type { AppLocale } from "@/lib/i18n/routing";
import { listMemberOrganisations } from "@/lib/organisations/list-member-organisations";
import { saveOrganisationStep } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string; draftId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registerForm.organisationStep" });
  return { title: t("title") };
}

export default async function OrganisationStep({ params }: Props) {
  const { locale, slug, draftId } = await params;
  setRequestLocale(locale);
  const loaded = await loadDraftStep(locale, slug, draftId);
  if (!loaded.ok) return loaded.blocked;
  const [t, members] = await Promise.all([
    getTranslations("registerForm.organisationStep"),
    listMemberOrganisations(),
  ]);
  return (
    <StepLayout step={1} title={t("title")} intro={t("intro")} backHref={`/events/${slug}`}>
      <OrganisationForm
        action={saveOrganisationStep.bind(null, { locale, slug, draftId })}
        members={members}
        values={loaded.draft.data}
      />
    </StepLayout>
  );
}
