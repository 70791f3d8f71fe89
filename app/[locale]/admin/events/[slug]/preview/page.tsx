import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventPage } from "@/components/event/event-page";
import { previewEvent } from "@/lib/events/preview-event";
import type { AppLocale } from "@/lib/i18n/routing";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { loadOrNotFound } from "@/lib/pages/load-or-not-found";
import { requireStaffPage } from "@/lib/pages/require-staff";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export const generateMetadata = adminMetadata("previewTitle");

export default async function PreviewPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const staff = await requireStaffPage(locale);
  const event = await loadOrNotFound(previewEvent(staff, slug));
  const t = await getTranslations("admin");
  return (
    <>
      <div className="container">
        <p className="notice" role="note">
          {event.status === "draft" || event.status === "archived" ? t("previewHidden") : t("previewPublic")}
        </p>
      </div>
      <EventPage event={event} locale={locale} now={new Date()} />
    </>
  );
}
