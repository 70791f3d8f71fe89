import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { ActionForm } from "@/components/admin/action-form";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { Checkbox, TextArea } from "@/components/ui/fields";
import type { AppLocale } from "@/lib/i18n/routing";
import { getVotingRegister } from "@/lib/voting-register/get-voting-register";
import { Link } from "@/components/ui/localised-link";
import { fixVotingRegisterAction, refreshMembershipAction, remindMandatesAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<{ fixed?: string; membership?: string; reminded?: string; unreached?: string }>;
};

export const generateMetadata = adminMetadata("votingTitle");

export default async function VotingRegisterPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { fixed, membership, reminded, unreached } = await searchParams;
  setRequestLocale(locale);
  const register = await loadOrNotFound(getVotingRegister(await requireStaffPage(locale), slug));
  const [t, te, tm] = await Promise.all([
    getTranslations("admin"),
    getTranslations("exports"),
    getTranslations("mandates"),
  ]);
  const missing = register.live.filter((row) => row.ombud && row.mandate === "missing");
  const present = register.live.filter((row) => row.delegate && row.checkedInAt);
  const exportHref = (format: string, version?: number) =>
    `/api/admin/events/${slug}/exports/voting-register?${new URLSearchParams({
      format,
      locale,
      ...(version ? { version: String(version) } : {}),
    })}`;
  return (
    <div className="container stack">
      <AutoRefresh seconds={15} />
      <h1>{t("votingTitle")}</h1>
      <p>{t("votingIntro")}</p>
      {fixed && /^\d+$/.test(fixed) && (
        <div className="notice notice--success" role="status">
          {t("votingFixed", { version: Number(fixed) })}
        </div>
      )}
      <section aria-labelledby="live-heading" className="stack stack--tight">
        <h2 id="live-heading">{t("votingLive")}</h2>
        <p className="lead">
          {t("votingPresent", {
            members: present.length,
            votes: present.reduce((sum, row) => sum + row.votes, 0),
          })}
        </p>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("organisation")}</th>
                <th scope="col">{t("delegate")}</th>
                <th scope="col" className="numeric">
                  {t("votes")}
                </th>
                <th scope="col">{t("present")}</th>
                <th scope="col">{tm("mandate")}</th>
              </tr>
            </thead>
            <tbody>
              {register.live.map((row) => (
                <tr key={row.organisationId}>
                  <th scope="row">
                    <Link
                      href={`/admin/events/${slug}/voting-register/${row.organisationId}`}
                      aria-label={tm("memberLink", { organisation: row.organisation })}
                    >
                      {row.organisation}
                    </Link>
                  </th>
                  <td>
                    {row.delegate ?? t("votingNoDelegate")}
                    {row.role === "substitute" && row.ombud && (
                      <> ({tm("substituteVotes", { ombud: row.ombud.name })})</>
                    )}
                    {row.role === "ombud" && row.substitute && (
                      <span className="meta">
                        {" "}
                        · {tm("substitute")}: {row.substitute.name}
                      </span>
                    )}
                  </td>
                  <td className="numeric">{row.votes}</td>
                  <td>
                    {row.checkedInAt ? t("checkedInAtShort", { at: row.checkedInAt }) : t("votingAbsent")}
                  </td>
                  <td>{row.ombud ? te(`mandates.${row.mandate}`) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="action-list">
          {(["xlsx", "csv", "pdf"] as const).map((format) => (
            <li key={format}>
              <a href={exportHref(format)} download>
                {te(`formatLink.${format}`)}
                <span className="visually-hidden"> – {t("votingLive")}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="missing-heading" className="stack stack--tight">
        <h2 id="missing-heading">{tm("missingHeading")}</h2>
        {reminded && /^\d{1,5}$/.test(reminded) && (
          <p className="notice notice--success" role="status">
            {tm("reminded", {
              mails: Number(reminded),
              withoutContact: /^\d{1,5}$/.test(unreached ?? "") ? Number(unreached) : 0,
            })}
          </p>
        )}
        <p>{tm("missingCount", { count: missing.length })}</p>
        {missing.length > 0 && (
          <ul>
            {missing.map((row) => (
              <li key={row.organisationId}>{row.organisation}</li>
            ))}
          </ul>
        )}
        {register.role !== "viewer" && missing.length > 0 && (
          <>
            <p>{tm("remindIntro")}</p>
            <ActionForm
              action={remindMandatesAction.bind(null, { locale, slug })}
              submitLabel={tm("remind")}
              variant="secondary"
            >
              {null}
            </ActionForm>
          </>
        )}
      </section>
      <section aria-labelledby="observers-heading" className="stack stack--tight">
        <h2 id="observers-heading">{tm("observersHeading")}</h2>
        {register.withoutVote.length === 0 ? (
          <p className="empty-state">{tm("observersEmpty")}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("organisation")}</th>
                  <th scope="col">{te("columns.name")}</th>
                  <th scope="col">{t("present")}</th>
                </tr>
              </thead>
              <tbody>
                {register.withoutVote.map((person) => (
                  <tr key={person.id}>
                    <td>{person.organisation}</td>
                    <th scope="row">{person.name}</th>
                    <td>
                      {person.checkedInAt
                        ? t("checkedInAtShort", { at: person.checkedInAt })
                        : t("votingAbsent")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {register.role !== "viewer" && (
        <section aria-labelledby="fix-heading" className="card stack stack--tight">
          <h2 id="fix-heading">{register.versions.length ? t("votingFixAgain") : t("votingFix")}</h2>
          <ActionForm
            action={fixVotingRegisterAction.bind(null, { locale, slug })}
            submitLabel={register.versions.length ? t("votingFixAgain") : t("votingFix")}
          >
            {register.versions.length > 0 && (
              <TextArea name="reason" label={t("votingReason")} hint={t("votingReasonHint")} />
            )}
            <Checkbox
              name="confirm"
              label={t("votingConfirm", {
                members: present.length,
                votes: present.reduce((sum, row) => sum + row.votes, 0),
              })}
            />
          </ActionForm>
        </section>
      )}
      <section aria-labelledby="membership-heading" className="stack stack--tight">
        <h2 id="membership-heading">{t("membershipHeading")}</h2>
        {membership && /^\d{1,4}$/.test(membership) && (
          <p className="notice notice--success" role="status">
            {t("membershipTaken", { count: Number(membership) })}
          </p>
        )}
        <p>
          {register.membershipTakenAt
            ? t("membershipFrom", { at: register.membershipTakenAt })
            : t("membershipLive")}
        </p>
        {register.role === "admin" && (
          <ActionForm
            action={refreshMembershipAction.bind(null, { locale, slug })}
            submitLabel={t("membershipRefresh")}
            variant="secondary"
          >
            {null}
          </ActionForm>
        )}
      </section>
      <section aria-labelledby="versions-heading" className="stack stack--tight">
        <h2 id="versions-heading">{t("votingVersions")}</h2>
        {register.versions.length === 0 ? (
          <p className="empty-state">{t("votingNoVersions")}</p>
        ) : (
          <ul className="card-list">
            {register.versions.map((version) => (
              <li key={version.version} className="card stack stack--tight">
                <h3 className="heading-m">{t("votingVersion", { version: version.version })}</h3>
                <p>{t("votingFixedAt", { at: version.fixedAt, by: version.fixedBy })}</p>
                <p>{t("votingTotal", { members: version._count.entries, votes: version.totalVotes })}</p>
                {version.reason && <p>{t("votingReasonShown", { reason: version.reason })}</p>}
                <ul className="action-list">
                  {(["xlsx", "csv", "pdf"] as const).map((format) => (
                    <li key={format}>
                      <a href={exportHref(format, version.version)} download>
                        {te(`formatLink.${format}`)}
                        <span className="visually-hidden">
                          {" "}
                          – {t("votingVersion", { version: version.version })}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
