import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { ActionForm } from "@/components/admin/action-form";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { Select, TextField } from "@/components/ui/fields";
import { listEventStaff } from "@/lib/admin/event-staff";
import type { AppLocale } from "@/lib/i18n/routing";
import { deleteStaffRole, saveStaffRole } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export const generateMetadata = adminMetadata("staffTitle");

export default async function StaffPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const members = await loadOrNotFound(listEventStaff(staff, slug));
  const t = await getTranslations("admin");
  const roles = (["admin", "staff", "viewer"] as const).map((role) => ({
    value: role,
    label: t(`role.${role}`),
  }));
  return (
    <div className="container container--narrow stack">
      <h1>{t("staffTitle")}</h1>
      <p>{t("staffIntro")}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("fieldRole")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("remove")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.userId}>
              <th scope="row">{member.email}</th>
              <td>{t(`role.${member.role}`)}</td>
              <td>
                {member.userId === staff.userId ? (
                  <span className="meta">({t("you")})</span>
                ) : (
                  <ActionForm
                    action={deleteStaffRole.bind(null, { locale, slug, userId: member.userId })}
                    submitLabel={t("removeLabel", { email: member.email })}
                    variant="secondary"
                  >
                    {null}
                  </ActionForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="add-staff-heading" className="stack">
        <h2 id="add-staff-heading">{t("addStaff")}</h2>
        <ActionForm action={saveStaffRole.bind(null, { locale, slug })} submitLabel={t("save")}>
          <TextField name="email" label={t("email")} type="email" inputMode="email" />
          <Select name="role" label={t("fieldRole")} placeholder="–" defaultValue="staff" options={roles} />
        </ActionForm>
      </section>
    </div>
  );
}
