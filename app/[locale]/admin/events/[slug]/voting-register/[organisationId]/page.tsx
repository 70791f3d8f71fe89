import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { MemberVotePanel } from "@/components/mandates/member-vote-panel";
import { Link } from "@/components/ui/localised-link";
import { idParam } from "@/lib/actions/action-input";
import type { AppLocale } from "@/lib/i18n/routing";
import { getStaffMemberVote } from "@/lib/mandates/get-member-vote";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { saveMemberVoteAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string; organisationId: string }>;
  searchParams: Promise<{ saved?: string }>;
};

export const generateMetadata = adminMetadata("votingTitle");

/** One member's ombud, substitute and mandate, for the meeting's staff; staff may change them. */
export default async function MemberVotePage({ params, searchParams }: Props) {
  const { locale, slug, organisationId } = await params;
  const { saved } = await searchParams;
  setRequestLocale(locale);
  if (!idParam.safeParse(organisationId).success) notFound();
  const { role, vote } = await loadOrNotFound(
    getStaffMemberVote(await requireStaffPage(locale), slug, organisationId),
  );
  const tm = await getTranslations("mandates");
  const target = { locale, slug, organisationId };
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/admin/events/${slug}/voting-register`}>{tm("back")}</Link>
      </p>
      <h1>{tm("memberTitle", { organisation: vote.organisation })}</h1>
      {saved && (
        <div className="notice notice--success" role="status">
          {tm("saved")}
        </div>
      )}
      <MemberVotePanel
        vote={vote}
        actions={
          role === "viewer"
            ? undefined
            : {
                substitute: saveMemberVoteAction.bind(null, target, "substitute"),
                ombud: saveMemberVoteAction.bind(null, target, "ombud"),
              }
        }
        downloadUrl={vote.mandate?.fileName ? `/api/admin/events/${slug}/mandates/${organisationId}` : null}
      />
    </div>
  );
}
