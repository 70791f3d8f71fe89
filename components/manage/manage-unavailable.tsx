import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

/** What an unknown private link shows (app/[locale]/manage/[token]/not-found.tsx, status 404). */
export async function InvalidLink() {
  const t = await getTranslations("manage");
  return (
    <MessagePage title={t("invalidTitle")}>
      <p>{t("invalidText")}</p>
    </MessagePage>
  );
}

/** What a caller who has tried too many unknown links sees until the limit's window ends. */
export async function TooManyAttempts({ minutes }: { minutes: number }) {
  const t = await getTranslations("manage");
  return (
    <MessagePage title={t("invalidTitle")}>
      <p>{t("tooManyAttempts", { minutes })}</p>
    </MessagePage>
  );
}
