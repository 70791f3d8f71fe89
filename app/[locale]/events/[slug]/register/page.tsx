import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganisationForm } from "@/components/registration/organisation-form";
import { RegistrationUnavailable } from "@/components/registration/load-draft-step";
import { StepLayout } from "@/components/registration/step-layout";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { registrationWindow } from "@/lib/events/public-event";
import type { AppLocale } from "@/lib/i18n/routing";
import { listMemberOrganisations } from "@/lib/organisations/list-member-organisations";
import { emptyDraftData } from "@/lib/registration-drafts/draft-data";
import { saveOrganisationStep } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registerForm.organisationStep" });
  return { title: t("title") };
}

export default async function RegisterStart({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  if (registrationWindow(event, new Date()) !== "open")
    return <RegistrationUnavailable event={event} locale={locale} />;
  const [t, members] = await Promise.all([
    getTranslations("registerForm.organisationStep"),
    listMemberOrganisations(),
  ]);
  return (
    <StepLayout step={1} title={t("title")} intro={t("intro")} backHref={`/events/${slug}`}>
      <OrganisationForm
        action={saveOrganisationStep.bind(null, { locale, slug })}
        members={members}
        values={emptyDraftData()}
      />
    </StepLayout>
  );
}
