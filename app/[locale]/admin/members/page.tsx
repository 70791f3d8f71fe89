import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { OrganisationFields } from "@/components/admin/organisation-fields";
import { Link } from "@/components/ui/localised-link";
import type { AppLocale } from "@/lib/i18n/routing";
import { listOrganisationRegister } from "@/lib/organisations/list-organisation-register";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { saveRegisterOrganisation } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ done?: string; added?: string; updated?: string; contacts?: string }>;
};

export const generateMetadata = adminMetadata("registerTitle");

export default async function MemberRegisterPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { done, ...counts } = await searchParams;
  const count = (value: string | undefined) => (/^\d{1,4}$/.test(value ?? "") ? Number(value) : 0);
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const organisations = await loadOrNotFound(listOrganisationRegister(staff));
  const t = await getTranslations("admin");
  return (
    <div className="container stack">
      <h1>{t("registerTitle")}</h1>
      <p>{t("registerIntro")}</p>
      <p>
        <Link href="/admin/members/import">{t("importLink")}</Link>
      </p>
      {done === "imported" && (
        <p className="notice notice--success" role="status">
          {t("importDone", {
            added: count(counts.added),
            updated: count(counts.updated),
            contacts: count(counts.contacts),
          })}
        </p>
      )}
      {(done === "saved" || done === "added") && (
        <p className="notice notice--success" role="status">
          {t(done === "added" ? "organisationAdded" : "saved")}
        </p>
      )}
      <div className="table-scroll" tabIndex={0} role="group" aria-label={t("registerTitle")}>
        <table className="table">
          <caption>{t("registerCaption", { count: organisations.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("fieldOrganisationName")}</th>
              <th scope="col">{t("fieldOrgNumber")}</th>
              <th scope="col">{t("registerKind")}</th>
              <th scope="col">{t("fieldVotes")}</th>
              <th scope="col">{t("fieldEmailDomains")}</th>
              <th scope="col">{t("contactsLink")}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">
                  <Link href={`/admin/members/${organisation.id}`}>{organisation.name}</Link>
                </th>
                <td>{organisation.orgNumber ?? "–"}</td>
                <td>{t(organisation.isMember ? "kindMember" : "kindObserver")}</td>
                <td>{organisation.votes}</td>
                <td>{organisation.emailDomains.join(", ") || "–"}</td>
                <td>
                  <Link href={`/admin/members/${organisation.id}/contacts`}>
                    {t("contactsCount", { count: organisation._count.contacts })}
                    <span className="visually-hidden"> – {organisation.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="add-heading" className="stack">
        <h2 id="add-heading">{t("addOrganisation")}</h2>
        <ActionForm
          action={saveRegisterOrganisation.bind(null, { locale })}
          submitLabel={t("addOrganisation")}
        >
          <OrganisationFields />
        </ActionForm>
      </section>
    </div>
  );
}
