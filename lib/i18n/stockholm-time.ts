import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "./routing";

/** "2027-03-28T23:59" as staff type it in a datetime-local field, read as Stockholm time. */
export function fromStockholmLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  // A day or time that does not exist ("2027-02-30", "25:00") is refused, never rolled over.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > lastDay || hour > 23 || minute > 59) return null;
  return new Date(new TZDate(year, month - 1, day, hour, minute, TIME_ZONE).getTime());
}

/** A moment as the value of a datetime-local field, in Stockholm time. */
export function toStockholmLocal(date: Date): string {
  return format(new TZDate(date.getTime(), TIME_ZONE), "yyyy-MM-dd'T'HH:mm");
}

/** A moment as a short Stockholm date and time for lists and exports, e.g. "2027-04-26 13:05". */
export function formatStockholm(date: Date): string {
  return format(new TZDate(date.getTime(), TIME_ZONE), "yyyy-MM-dd HH:mm");
}

/** The calendar day a moment falls on in Stockholm, e.g. "2027-04-25". */
export function stockholmDay(date: Date): string {
  return format(new TZDate(date.getTime(), TIME_ZONE), "yyyy-MM-dd");
}

/**
 * A calendar day ("2027-04-25") as a moment at its middle (noon UTC), to format as that date:
 * the day is the same in every European time zone, whichever one the formatter uses.
 */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/**
 * The same Stockholm time of day `days` calendar days later (or earlier): across a change to or
 * from summer time the moment moves by an hour more or less than whole days, as a clock does.
 */
export function shiftStockholmDays(date: Date, days: number): Date {
  const local = new TZDate(date.getTime(), TIME_ZONE);
  return new Date(
    new TZDate(
      local.getFullYear(),
      local.getMonth(),
      local.getDate() + days,
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
      local.getMilliseconds(),
      TIME_ZONE,
    ).getTime(),
  );
}

/** Whole calendar days from one "yyyy-MM-dd" day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
