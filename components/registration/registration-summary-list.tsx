import { getFormatter, getTranslations } from "next-intl/server";
import { stayText } from "@/components/stay/stay-text";
import { fromStockholmLocal } from "@/lib/i18n/stockholm-time";
import { stayGiven } from "@/lib/stay/stay-values";
import { Link } from "@/components/ui/localised-link";
import { localised } from "@/lib/i18n/localised";
import type { AppLocale } from "@/lib/i18n/routing";
import type { PublicActivity } from "@/lib/events/public-event";
import type { DraftData } from "@/lib/registration-drafts/draft-data";
import { answerText } from "@/lib/registrations/activity-questions";
import type { Asker } from "./needs-fields";

type Props = {
  data: DraftData;
  organisationName: string;
  activities: PublicActivity[];
  /** The meeting's own questions, asked of every delegate. */
  meeting: Asker;
  locale: AppLocale;
  /** The room block's hotels, to name the one each delegate chose. */
  hotels: { id: string; name: string }[];
  stepHref: (step: "organisation" | "delegates" | "choices" | "needs") => string;
};

/** Everything entered in the form, each part with a link back to the step where it is changed. */
export async function RegistrationSummaryList({
  data,
  organisationName,
  activities,
  meeting,
  locale,
  hotels,
  stepHref,
}: Props) {
  const t = await getTranslations("registerForm.reviewStep");
  const tf = await getTranslations("form");
  const td = await getTranslations("registerForm.diets");
  const tn = await getTranslations("registerForm.needsStep");
  const [ts, format] = await Promise.all([getTranslations("stay"), getFormatter()]);
  const hotelName = new Map(hotels.map((hotel) => [hotel.id, hotel.name]));
  const activityName = new Map(activities.map((activity) => [activity.id, localised(activity.name, locale)]));
  const asking: Asker[] = [meeting, ...activities].filter((asker) => asker.questions.length > 0);

  const row = (key: string, value: React.ReactNode, href: string, changeLabel: string) => (
    <div className="summary-list__row" key={key}>
      <dt>{key}</dt>
      <dd>{value}</dd>
      <dd className="summary-list__action">
        <Link href={href}>
          {tf("change")}
          <span className="visually-hidden"> {changeLabel}</span>
        </Link>
      </dd>
    </div>
  );

  return (
    <div className="stack">
      <dl className="summary-list">
        {row(
          t("organisation"),
          data.organisation.kind === "observer"
            ? t("observer", { name: data.organisation.name })
            : organisationName,
          stepHref("organisation"),
          t("organisation"),
        )}
        {row(
          t("contact"),
          <>
            {data.contact.name}
            <br />
            {data.contact.email}
            <br />
            {data.contact.phone}
          </>,
          stepHref("organisation"),
          t("contact"),
        )}
      </dl>
      {data.delegates.map((delegate) => {
        const needs = [
          ...delegate.dietChoices.map((diet) => td(diet as Parameters<typeof td>[0])),
          delegate.dietOther,
          delegate.allergies,
          delegate.accessibilityNeeds,
        ].filter(Boolean);
        return (
          <section key={delegate.key} className="stack stack--tight" aria-label={delegate.name}>
            <h2 className="heading-m">{delegate.name}</h2>
            <dl className="summary-list">
              {row(
                t("delegates"),
                <>
                  {delegate.title}
                  <br />
                  {delegate.email}
                  {delegate.phone && (
                    <>
                      <br />
                      {delegate.phone}
                    </>
                  )}
                </>,
                stepHref("delegates"),
                delegate.name,
              )}
              {row(
                t("choices"),
                <ul className="plain-list">
                  {delegate.activityIds.map((id) => (
                    <li key={id}>{activityName.get(id) ?? id}</li>
                  ))}
                  {data.votingDelegateKey === delegate.key && <li>{t("votingDelegate")}</li>}
                </ul>,
                stepHref("choices"),
                `${t("choices")} ${delegate.name}`,
              )}
              {row(
                t("needs"),
                needs.length > 0 ? needs.join(", ") : t("noNeeds"),
                stepHref("needs"),
                `${t("needs")} ${delegate.name}`,
              )}
              {stayGiven(delegate.stay) &&
                row(
                  t("stay"),
                  stayText(ts, format, {
                    ...delegate.stay,
                    hotel: hotelName.get(delegate.stay.hotelId) ?? null,
                    arrivalAt: fromStockholmLocal(delegate.stay.arrivalAt),
                    arrivalMode: delegate.stay.arrivalMode || null,
                    departureAt: fromStockholmLocal(delegate.stay.departureAt),
                    departureMode: delegate.stay.departureMode || null,
                  }),
                  stepHref("needs"),
                  `${t("stay")} ${delegate.name}`,
                )}
              {asking
                .filter((activity) => activity.everyone || delegate.activityIds.includes(activity.id))
                .map((activity) => {
                  const label = activity.everyone
                    ? tn("meetingQuestionsLegend")
                    : t("visitDetails", { activity: localised(activity.name, locale) });
                  const answers = delegate.answers[activity.id] ?? {};
                  return row(
                    label,
                    <ul className="plain-list">
                      {activity.questions.map((question) => (
                        <li key={question.key}>
                          {locale === "sv" ? question.labelSv : question.labelEn}:{" "}
                          {answers[question.key]
                            ? answerText(question, answers[question.key]!, locale, {
                                yes: tn("answerYes"),
                                no: tn("answerNo"),
                              })
                            : "–"}
                        </li>
                      ))}
                    </ul>,
                    stepHref("needs"),
                    `${label} ${delegate.name}`,
                  );
                })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
