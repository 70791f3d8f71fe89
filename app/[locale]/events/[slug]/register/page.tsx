import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { RegistrationUnavailable } from "@/components/registration/draft-unavailable";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { registrationWindow } from "@/lib/events/public-event";
import type { AppLocale } from "@/lib/i18n/routing";
import { emptyDraftData } from "@/lib/registration-drafts/draft-data";
import { organisationStep, stepMetadata } from "./[draftId]/draft-step";
import { saveOrganisationStep } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export const generateMetadata = stepMetadata("organisationStep");

export default async function RegisterStart({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  if (registrationWindow(event, new Date()) !== "open")
    return <RegistrationUnavailable event={event} locale={locale} />;
  return organisationStep({
    slug,
    action: saveOrganisationStep.bind(null, { locale, slug }),
    values: emptyDraftData(),
  });
}
