import type { DateTimeFormatOptions } from "next-intl";

/** "25–26 april 2027" / "April 25 – 26, 2027": the locale decides how a date range reads. */
export const dateRangeFormat: DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };
