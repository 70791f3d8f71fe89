import { getTranslations } from "next-intl/server";
import { registrationWindow, type PublicEvent } from "@/lib/events/public-event";
import { Link } from "@/components/ui/localised-link";
import { MessagePage } from "@/components/ui/message-page";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";

export async function RegistrationUnavailable({ event, locale }: { event: PublicEvent; locale: AppLocale }) {
  const t = await getTranslations("registerForm");
  const window = registrationWindow(event, new Date());
  return (
    <MessagePage title={window === "not-open" ? t("notOpenTitle") : t("closedTitle")}>
      <p>{t("closedText", { name: localised(event.name, locale), email: event.contactEmail })}</p>
      <p>
        <Link href={`/events/${event.slug}`}>
          {(await getTranslations("registerForm.confirmation"))("backToEvent")}
        </Link>
      </p>
    </MessagePage>
  );
}

export async function DraftMissing({ slug }: { slug: string }) {
  const t = await getTranslations("registerForm");
  return (
    <MessagePage title={t("draftMissingTitle")}>
      <p>{t("draftMissingText")}</p>
      <p>
        <Link href={`/events/${slug}/register`} className="button button--primary">
          {t("startAgain")}
        </Link>
      </p>
    </MessagePage>
  );
}
