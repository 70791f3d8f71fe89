import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { Select, TextField } from "@/components/ui/fields";
import { Link } from "@/components/ui/localised-link";
import { idParam } from "@/lib/actions/action-input";
import type { AppLocale } from "@/lib/i18n/routing";
import { getRegisterOrganisation } from "@/lib/organisations/list-organisation-register";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { addContactAction, removeContactAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; id: string }>;
  searchParams: Promise<{ done?: string }>;
};

export const generateMetadata = adminMetadata("contactsLink");

export default async function MemberContactsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  if (!idParam.safeParse(id).success) notFound();
  const organisation = await loadOrNotFound(getRegisterOrganisation(await requireStaffPage(locale), id));
  const t = await getTranslations("admin");
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/admin/members/${organisation.id}`}>{organisation.name}</Link>
      </p>
      <h1>{t("contactsTitle", { name: organisation.name })}</h1>
      <p>{t("contactsIntro")}</p>
      {(done === "added" || done === "removed") && (
        <p className="notice notice--success" role="status">
          {t(done === "added" ? "contactAdded" : "contactRemoved")}
        </p>
      )}
      {organisation.contacts.length === 0 ? (
        <p className="empty-state">{t("contactsEmpty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("fieldContactLocale")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {organisation.contacts.map((contact) => (
              <tr key={contact.id}>
                <th scope="row">{contact.name}</th>
                <td>{contact.email}</td>
                <td>{t(contact.locale === "en" ? "localeEn" : "localeSv")}</td>
                <td>
                  <ActionForm
                    action={removeContactAction.bind(null, { locale, id, contactId: contact.id })}
                    submitLabel={t("removeContact", { email: contact.email })}
                    variant="secondary"
                  >
                    {null}
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="add-contact-heading" className="stack">
        <h2 id="add-contact-heading">{t("addContact")}</h2>
        <ActionForm action={addContactAction.bind(null, { locale, id })} submitLabel={t("addContact")}>
          <TextField name="name" label={t("name")} autoComplete="off" />
          <TextField name="email" label={t("email")} type="email" inputMode="email" autoComplete="off" />
          <Select
            name="locale"
            label={t("fieldContactLocale")}
            placeholder="–"
            defaultValue="sv"
            options={[
              { value: "sv", label: t("localeSv") },
              { value: "en", label: t("localeEn") },
            ]}
          />
        </ActionForm>
      </section>
    </div>
  );
}
