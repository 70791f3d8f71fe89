import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { Link } from "@/components/ui/localised-link";
import { idParam } from "@/lib/actions/action-input";
import type { AppLocale } from "@/lib/i18n/routing";
import { getRegisterImport } from "@/lib/organisations/get-register-import";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { describeFieldIssue, genericFieldLabel } from "@/lib/validation/field-errors";
import { applyImportAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export const generateMetadata = adminMetadata("importTitle");

export default async function ImportPreviewPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  if (!idParam.safeParse(id).success) notFound();
  const preview = await loadOrNotFound(getRegisterImport(await requireStaffPage(locale), id));
  const [t, all] = await Promise.all([getTranslations("admin"), getTranslations()]);
  const errors = preview.rows.length - preview.ready;
  return (
    <div className="container stack">
      <p>
        <Link href="/admin/members/import">{t("importAgain")}</Link>
      </p>
      <h1>{t("importPreviewTitle", { file: preview.fileName })}</h1>
      <p className="lead">{t("importSummary", { ready: preview.ready, errors })}</p>
      <div
        className="table-scroll"
        tabIndex={0}
        role="group"
        aria-label={t("importPreviewTitle", { file: preview.fileName })}
      >
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("importLine")}</th>
              <th scope="col">{t("fieldOrganisationName")}</th>
              <th scope="col">{t("fieldOrgNumber")}</th>
              <th scope="col">{t("registerKind")}</th>
              <th scope="col">{t("fieldVotes")}</th>
              <th scope="col">{t("importResult")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <th scope="row">{row.name || "–"}</th>
                <td>{row.organisation?.orgNumber ?? "–"}</td>
                <td>
                  {row.organisation ? t(row.organisation.isMember ? "kindMember" : "kindObserver") : "–"}
                </td>
                <td>{row.organisation?.votes ?? "–"}</td>
                <td>
                  {row.errors.length === 0 ? (
                    t(row.action === "add" ? "importAdd" : "importUpdate")
                  ) : (
                    <ul className="plain-list field-error">
                      {row.errors.map((issue, index) => (
                        <li key={index}>
                          {describeFieldIssue(issue, genericFieldLabel(issue.field, all), all)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.ready > 0 && (
        <ActionForm
          action={applyImportAction.bind(null, { locale, id })}
          submitLabel={t("importApply", { count: preview.ready })}
        >
          {null}
        </ActionForm>
      )}
    </div>
  );
}
