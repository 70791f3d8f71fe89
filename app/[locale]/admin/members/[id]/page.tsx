import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { OrganisationFields } from "@/components/admin/organisation-fields";
import { Link } from "@/components/ui/localised-link";
import { idParam } from "@/lib/actions/action-input";
import type { AppLocale } from "@/lib/i18n/routing";
import { getRegisterOrganisation } from "@/lib/organisations/list-organisation-register";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { notFound } from "next/navigation";
import { saveRegisterOrganisation } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export const generateMetadata = adminMetadata("editOrganisation");

export default async function EditOrganisationPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  if (!idParam.safeParse(id).success) notFound();
  const staff = await requireStaffPage(locale);
  const organisation = await loadOrNotFound(getRegisterOrganisation(staff, id));
  const t = await getTranslations("admin");
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href="/admin/members">{t("registerTitle")}</Link>
      </p>
      <h1>{t("editOrganisationTitle", { name: organisation.name })}</h1>
      <p>
        <Link href={`/admin/members/${organisation.id}/contacts`}>
          {t("contactsLink")}: {t("contactsCount", { count: organisation.contacts.length })}
        </Link>
      </p>
      <ActionForm action={saveRegisterOrganisation.bind(null, { locale, id })} submitLabel={t("save")}>
        <OrganisationFields values={organisation} />
      </ActionForm>
    </div>
  );
}
