import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { RegistrationUnavailable } from "@/components/registration/draft-unavailable";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { registrationWindow } from "@/lib/events/public-event";
import type { AppLocale } from "@/lib/i18n/routing";
import { emptyDraftData } from "@/lib/registration-drafts/draft-data";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { organisationStep, stepMetadata } from "./[draftId]/draft-step";
import { saveOrganisationStep } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ invitation?: string | string[] }>;
};

export const generateMetadata = stepMetadata("organisationStep");

export default async function RegisterStart({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { invitation: token } = await searchParams;
  setRequestLocale(locale);
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  if (registrationWindow(event, new Date()) !== "open")
    return <RegistrationUnavailable event={event} locale={locale} />;
  // An invitation link opens the form with its organisation chosen; the token goes with the form.
  const invitation = await findInvitation(slug, token);
  const values = emptyDraftData();
  if (invitation) {
    values.invitationToken = token as string;
    values.organisation = invitation.isMember
      ? { kind: "member", id: invitation.organisationId, name: "" }
      : { kind: "observer", id: "", name: invitation.organisationName };
  }
  return organisationStep({
    slug,
    action: saveOrganisationStep.bind(null, { locale, slug }),
    values,
    invitationGiven: token !== undefined,
  });
}
