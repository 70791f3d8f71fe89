import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/localised-link";

/** The frame of a form step: back link, "Step n of 5", the question as the page's heading. */
export async function StepLayout({
  step,
  title,
  intro,
  backHref,
  children,
}: {
  step: number;
  title: string;
  intro?: ReactNode;
  backHref: string;
  children: ReactNode;
}) {
  const t = await getTranslations("form");
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={backHref} className="back-link">
          {t("back")}
        </Link>
      </p>
      <div className="stack stack--tight">
        <p className="caption">{t("stepOf", { step, total: 5 })}</p>
        <h1>{title}</h1>
        {intro && <p className="lead">{intro}</p>}
      </div>
      {children}
    </div>
  );
}
