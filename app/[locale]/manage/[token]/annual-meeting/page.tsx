import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/components/ui/localised-link";
import { TooManyAttempts } from "@/components/manage/manage-unavailable";
import {
  MANDATE_NOTICES,
  MemberVotePanel,
  type MandateNotice,
} from "@/components/mandates/member-vote-panel";
import { getContactMemberVote } from "@/lib/mandates/get-member-vote";
import { loadManageView } from "@/lib/pages/load-manage-view";
import { manageMetadata } from "@/lib/pages/manage-metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { saveMemberVote } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; token: string }>;
  searchParams: Promise<{ saved?: string; mandate?: string }>;
};

export async function generateMetadata({ params }: Props) {
  return manageMetadata((await params).locale);
}

export default async function ManageAnnualMeetingPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  const { saved, mandate } = await searchParams;
  setRequestLocale(locale);
  const loaded = await loadManageView(token);
  if (!loaded.ok) return <TooManyAttempts minutes={loaded.retryAfterMinutes} />;
  // The member's vote is the contact's to manage; an attendee's own link does not open this page.
  if (loaded.view.access.kind !== "contact") notFound();
  const vote = await getContactMemberVote(loaded.view.access);
  if (!vote) notFound();
  const [t, tm] = await Promise.all([getTranslations("manage"), getTranslations("mandates")]);
  const target = { locale, token };
  const notice = MANDATE_NOTICES.find((value) => value === mandate) as MandateNotice | undefined;
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/manage/${token}`}>{t("backToOverview")}</Link>
      </p>
      <h1>{tm("title")}</h1>
      <p>{tm("intro", { organisation: vote.organisation })}</p>
      {saved && (
        <div className="notice notice--success" role="status">
          {tm("saved")}
        </div>
      )}
      {!loaded.view.canChange && <p>{t("deadlinePassed", { email: loaded.view.event.contactEmail })}</p>}
      <MemberVotePanel
        vote={vote}
        actions={
          loaded.view.canChange
            ? {
                substitute: saveMemberVote.bind(null, target, "substitute"),
                ombud: saveMemberVote.bind(null, target, "ombud"),
              }
            : undefined
        }
        upload={
          vote.meetingStartsAt > new Date() ? `/api/manage/${token}/mandate?locale=${locale}` : undefined
        }
        downloadUrl={vote.mandate?.fileName ? `/api/manage/${token}/mandate` : null}
        notice={notice}
      />
    </div>
  );
}
