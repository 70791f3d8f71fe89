import { getTranslations, setRequestLocale } from "next-intl/server";
import { adminMetadata } from "@/lib/pages/admin-metadata";
import { MessagePage } from "@/components/ui/message-page";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = adminMetadata("checkEmailTitle");

export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("admin");
  return (
    <MessagePage title={t("checkEmailTitle")}>
      <p>{t("checkEmailText")}</p>
    </MessagePage>
  );
}
