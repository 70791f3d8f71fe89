import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/localised-link";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="container stack">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
