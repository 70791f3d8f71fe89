import { meetingDays } from "@/lib/events/meeting-days";
import { shiftStockholmDays, stockholmDay } from "@/lib/i18n/stockholm-time";

/**
 * The nights a person may stay for the meeting, each named by its evening's date: the night
 * before the first day, and every night between its days ("2027-04-24", "2027-04-25").
 */
export function meetingNights(event: { startsAt: Date; endsAt: Date }): string[] {
  const days = meetingDays(event);
  return [stockholmDay(shiftStockholmDays(event.startsAt, -1)), ...days.slice(0, -1)];
}

/** A night as the database's date column holds it. */
export const nightDate = (night: string) => new Date(`${night}T00:00:00Z`);
export const nightOf = (date: Date) => date.toISOString().slice(0, 10);
