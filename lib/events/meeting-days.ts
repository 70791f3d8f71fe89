import { shiftStockholmDays, stockholmDay } from "@/lib/i18n/stockholm-time";

/** The Stockholm calendar days a meeting runs on, first to last ("2027-04-25", "2027-04-26"). */
export function meetingDays(event: { startsAt: Date; endsAt: Date }): string[] {
  const last = stockholmDay(event.endsAt);
  const days: string[] = [];
  // A meeting lasts days, not months: the cap keeps a mistyped end date from making a long list.
  for (let at = event.startsAt; days.length < 31; at = shiftStockholmDays(at, 1)) {
    const day = stockholmDay(at);
    days.push(day);
    if (day >= last) break;
  }
  return days;
}
