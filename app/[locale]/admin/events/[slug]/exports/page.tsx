import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { authorizeEvent } from "@/lib/auth/staff-session";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export const generateMetadata = adminMetadata("exportsTitle");

export default async function ExportsPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const role = await loadOrNotFound(authorizeEvent(await requireStaffPage(locale), slug, "viewer"));
  const [t, te] = await Promise.all([getTranslations("admin"), getTranslations("exports")]);
  const lists = [
    { kind: "participants", title: te("participants"), formats: ["xlsx", "csv", "pdf"] },
    {
      kind: "visitors",
      adminOnly: true,
      activity: "hybrit",
      title: te("visitors", { activity: "HYBRIT" }),
      formats: ["xlsx", "csv", "pdf"],
    },
    { kind: "catering", title: te("catering"), formats: ["xlsx", "csv", "pdf"] },
    { kind: "organisations", title: te("organisations"), formats: ["xlsx", "csv", "pdf"] },
    { kind: "voting-register", title: te("votingRegister"), formats: ["xlsx", "csv", "pdf"] },
    { kind: "entrance-list", title: t("entranceList"), formats: ["pdf", "xlsx", "csv"] },
  ];
  return (
    <div className="container stack">
      <h1>{t("exportsTitle")}</h1>
      <p>{t("exportsIntro")}</p>
      <ul className="card-list">
        {lists
          .filter((list) => !("adminOnly" in list) || role === "admin")
          .map((list) => (
            <li key={list.kind} className="card">
              <h2 className="heading-m">{list.title}</h2>
              <ul className="action-list">
                {list.formats.map((format) => {
                  const query = new URLSearchParams({
                    format,
                    locale,
                    ...(list.activity ? { activity: list.activity } : {}),
                  });
                  return (
                    <li key={format}>
                      <a href={`/api/admin/events/${slug}/exports/${list.kind}?${query}`} download>
                        {te(`formatLink.${format as "xlsx" | "csv" | "pdf"}`)}
                        <span className="visually-hidden"> – {list.title}</span>
                      </a>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        <li className="card">
          <h2 className="heading-m">{t("badgesHeading")}</h2>
          <ul className="action-list">
            <li>
              <a href={`/api/admin/events/${slug}/badges?locale=${locale}`} download>
                {t("badgesSheet")}
              </a>
            </li>
          </ul>
        </li>
      </ul>
    </div>
  );
}
