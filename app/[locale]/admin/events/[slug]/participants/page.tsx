import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";
import { ParticipantTable } from "@/components/admin/participant-table";
import { listParticipants, participantFilterOptions, participantQuery } from "@/lib/admin/list-participants";
import type { AppLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = adminMetadata("participantsTitle");

export default async function ParticipantsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const search = await searchParams;
  const query = participantQuery.parse(search);
  const result = await loadOrNotFound(listParticipants(staff, slug, query));
  const options = await participantFilterOptions(slug);
  const t = await getTranslations("admin");
  return (
    <>
      {search.done === "contact-erased" && (
        <div className="container">
          <div className="notice notice--success" role="status">
            {t("contactErased")}
          </div>
        </div>
      )}
      <ParticipantTable slug={slug} locale={locale} query={query} result={result} options={options} />
    </>
  );
}
