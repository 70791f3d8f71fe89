import { useLocale, useTranslations } from "next-intl";
import { ChoiceGroup } from "@/components/ui/fields";
import type { PublicActivity } from "@/lib/events/public-event";

type Props = {
  name: string;
  delegateName: string;
  activities: PublicActivity[];
  selected: string[];
  isMember: boolean;
  now: Date;
  error?: string;
  /** Activities the person already holds: their own deadline does not lock them out of keeping them. */
  held?: string[];
};

/** The activities of the event as checkboxes, each with time, place, seats left and deadline. */
export function ActivityChoiceGroup({
  name,
  delegateName,
  activities,
  selected,
  isMember,
  now,
  error,
  held = [],
}: Props) {
  const t = useTranslations("registerForm.choicesStep");
  const te = useTranslations("event");
  const locale = useLocale();
  const text = (value: { sv: string; en: string }) => (locale === "sv" ? value.sv : value.en);

  const choices = activities.map((activity) => {
    const keeps = held.includes(activity.id);
    const closed = !keeps && activity.signupClosesAt !== null && activity.signupClosesAt <= now;
    const barred = activity.membersOnly && !isMember;
    const full = !keeps && activity.seatsLeft === 0;
    const availability = closed
      ? t("closed")
      : barred
        ? t("membersOnly")
        : full
          ? activity.waitlistEnabled
            ? t("full", { name: delegateName })
            : t("fullNoWaitlist")
          : activity.seatsLeft !== null && !keeps
            ? t("seatsLeft", { count: activity.seatsLeft })
            : null;
    const notes = [
      `${te("activityTime", { start: activity.startsAt, end: activity.endsAt })}, ${te("dayHeading", { day: activity.startsAt })}`,
      text(activity.place),
      availability,
      !closed && activity.signupClosesAt && !keeps
        ? t("deadline", { deadline: activity.signupClosesAt })
        : null,
    ].filter(Boolean);
    return {
      value: activity.id,
      label: text(activity.name),
      hint: notes.join(" · "),
      disabled: closed || barred || (full && !activity.waitlistEnabled),
    };
  });

  return (
    <ChoiceGroup
      name={name}
      legend={t("legend", { name: delegateName })}
      type="checkbox"
      choices={choices}
      selected={selected}
      error={error}
    />
  );
}
