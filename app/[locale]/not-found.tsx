import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/localised-link";
import { MessagePage } from "@/components/ui/message-page";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <MessagePage title={t("notFoundTitle")} wide>
      <p>{t("notFoundText")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </MessagePage>
  );
}
