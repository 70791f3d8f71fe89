import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { TooManyAttempts } from "@/components/manage/manage-unavailable";
import { StayFields } from "@/components/stay/stay-fields";
import { Link } from "@/components/ui/localised-link";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadManageView } from "@/lib/pages/load-manage-view";
import { manageMetadata } from "@/lib/pages/manage-metadata";
import { getAttendeeStay } from "@/lib/stay/get-attendee-stay";
import { hotelOptions, stayValues } from "@/lib/stay/stay-values";
import { saveStay } from "../../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; token: string; attendeeId: string }> };

export async function generateMetadata({ params }: Props) {
  return manageMetadata((await params).locale);
}

/** A person's hotel, nights and travel, through the contact's link or their own. */
export default async function StayFormPage({ params }: Props) {
  const { locale, token, attendeeId } = await params;
  setRequestLocale(locale);
  const loaded = await loadManageView(token, attendeeId);
  if (!loaded.ok) return <TooManyAttempts minutes={loaded.retryAfterMinutes} />;
  const [t, tm, stay] = await Promise.all([
    getTranslations("stay"),
    getTranslations("manage"),
    getAttendeeStay(loaded.view.access, attendeeId),
  ]);
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={`/manage/${token}`}>{tm("backToOverview")}</Link>
      </p>
      <h1>{t("manageTitle", { name: stay.name })}</h1>
      <p>{t("manageIntro")}</p>
      {!loaded.view.canChange ? (
        <p>{tm("deadlinePassed", { email: loaded.view.event.contactEmail })}</p>
      ) : (
        <ActionForm action={saveStay.bind(null, { locale, token, attendeeId })} submitLabel={t("save")}>
          <StayFields
            prefix=""
            values={stayValues(stay.stay)}
            hotels={hotelOptions(stay.hotels, locale, new Date())}
            nights={stay.nights}
          />
        </ActionForm>
      )}
    </div>
  );
}
