import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import type { ActionState } from "@/lib/actions/admin-action";
import type { CheckInView } from "@/lib/check-in/get-check-in-view";
import type { AppLocale } from "@/lib/i18n/routing";

type Card = NonNullable<CheckInView["card"]>;

/** One person at the door: who they are, what they come for, what the kitchen must know. */
export async function CheckInCard({
  card,
  locale,
  result,
  checkIn,
  undo,
  badgeHref,
}: {
  card: Card;
  badgeHref: string;
  locale: AppLocale;
  result?: string;
  checkIn: (state: ActionState, form: FormData) => Promise<ActionState>;
  undo: ((state: ActionState, form: FormData) => Promise<ActionState>) | null;
}) {
  const [t, td] = await Promise.all([getTranslations("admin"), getTranslations("registerForm.diets")]);
  const needs = [
    ...card.dietChoices.map((diet) => td(diet as Parameters<typeof td>[0])),
    card.dietOther,
    card.allergies,
    card.accessibilityNeeds,
  ].filter(Boolean);
  const confirmed = card.signups.filter((signup) => signup.status === "confirmed");
  return (
    <section
      aria-labelledby="card-heading"
      className={`card check-in-card${card.checkedInAt ? " check-in-card--in" : ""}`}
    >
      <div className="stack stack--tight">
        <h2 id="card-heading" tabIndex={-1}>
          {card.name}
        </h2>
        <p className="meta">{[card.title, card.organisation].filter(Boolean).join(", ")}</p>
        {(card.isVotingDelegate || card.isSubstitute) && (
          <ul className="tags">
            <li>{card.isVotingDelegate ? t("votingDelegateBadge") : t("substituteBadge")}</li>
          </ul>
        )}
        {card.vote && (
          <p className="notice">
            {card.vote.as === "ombud"
              ? t("voteAsOmbud", { organisation: card.organisation })
              : card.vote.as === "substitute-votes"
                ? t("voteAsSubstitute", { organisation: card.organisation, ombud: card.vote.ombud || "–" })
                : t("voteSubstituteIdle", { ombud: card.vote.ombud })}
          </p>
        )}
        <p
          role="status"
          className={`check-in-card__status${result === "already" ? " check-in-card__status--again" : ""}`}
        >
          {card.cancelled
            ? t("cancelled")
            : result === "walk-in" && card.checkedInAt
              ? t("walkInDone", { at: card.checkedInAt })
              : result === "already" && card.checkedInAt
                ? t("alreadyCheckedIn", { at: card.checkedInAt })
                : result === "undone"
                  ? t("undone")
                  : card.checkedInAt
                    ? t("checkedInNow", { at: card.checkedInAt })
                    : t("notCheckedInYet")}
        </p>
        {/* The button before the details: on a phone it stays in view under the admin menu. */}
        {!card.cancelled && !card.checkedInAt && (
          <ActionForm action={checkIn} submitLabel={t("checkInSomeone", { name: card.name })}>
            {null}
          </ActionForm>
        )}
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{t("confirmedFor")}</dt>
            <dd>
              {confirmed.map((signup) => (locale === "sv" ? signup.nameSv : signup.nameEn)).join(", ") || "–"}
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{t("needsHeading")}</dt>
            <dd>{needs.join(", ") || t("noNeeds")}</dd>
          </div>
        </dl>
        <p>
          <a href={badgeHref} download>
            {t("badgeSingle")}
          </a>
        </p>
        {undo && (
          <ActionForm action={undo} submitLabel={t("undo")} variant="secondary">
            {null}
          </ActionForm>
        )}
      </div>
    </section>
  );
}
