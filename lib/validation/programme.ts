// The meeting's programme points as an administrator edits them in Settings.
import { z } from "zod";
import { fromStockholmLocal } from "@/lib/i18n/stockholm-time";
import { optionalText } from "./fields";

/** Programme points one meeting may show. */
export const MAX_PROGRAMME_ITEMS = 40;
/** Empty rows the form offers below the points, to add several at once. */
export const NEW_PROGRAMME_ROWS = 3;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3])[:.]([0-5]\d)$/;

/** "09.30" or "09:30" as "09:30", or null when it is no time of day. */
function clock(value: string): string | null {
  const match = TIME.exec(value);
  return match ? `${match[1]}:${match[2]}` : null;
}

const isEmpty = (value: {
  startsAt: string;
  endsAt: string;
  titleSv: string;
  titleEn: string;
  speakers: string;
}) => !value.startsAt && !value.endsAt && !value.titleSv && !value.titleEn && !value.speakers;

/** One row of the form: null when it holds nothing but its day (left out, so emptying a point removes it). */
const row = z
  .object({
    day: optionalText(10),
    startsAt: optionalText(5),
    endsAt: optionalText(5),
    titleSv: optionalText(200),
    titleEn: optionalText(200),
    speakers: optionalText(300),
  })
  .transform((value, context) => {
    if (isEmpty(value)) return null;
    const starts = clock(value.startsAt);
    const ends = value.endsAt === "" ? null : clock(value.endsAt);
    if (!DAY.test(value.day) || !fromStockholmLocal(`${value.day}T00:00`))
      context.addIssue({ code: "custom", path: ["day"], message: "required" });
    if (!starts)
      context.addIssue({
        code: "custom",
        path: ["startsAt"],
        message: value.startsAt === "" ? "required" : "timeOfDay",
      });
    if (value.endsAt !== "" && !ends)
      context.addIssue({ code: "custom", path: ["endsAt"], message: "timeOfDay" });
    else if (starts && ends && ends <= starts)
      context.addIssue({ code: "custom", path: ["endsAt"], message: "endsBeforeStart" });
    if (!value.titleSv) context.addIssue({ code: "custom", path: ["titleSv"], message: "required" });
    if (!value.titleEn) context.addIssue({ code: "custom", path: ["titleEn"], message: "required" });
    const at = (time: string | null) => (time ? fromStockholmLocal(`${value.day}T${time}`) : null);
    return {
      day: value.day,
      startsAt: at(starts) ?? new Date(0),
      endsAt: at(ends),
      titleSv: value.titleSv,
      titleEn: value.titleEn,
      speakers: value.speakers,
    };
  });

type ProgrammeRow = NonNullable<z.output<typeof row>>;

/**
 * The programme as the form posts it, row by row (an issue names its row's position, as the form
 * does); rows left empty are dropped. Each kept row names its day, a start and both titles.
 */
export const programmeInput = z
  .array(row)
  .max(MAX_PROGRAMME_ITEMS + NEW_PROGRAMME_ROWS, "tooManyProgrammeItems")
  .transform((rows) => rows.flatMap((item, index) => (item ? [{ ...item, row: index }] : [])))
  // A bound checked as `max` carries the number into the message; a refine would show "0".
  .pipe(
    z.array(z.custom<ProgrammeRow & { row: number }>()).max(MAX_PROGRAMME_ITEMS, "tooManyProgrammeItems"),
  );

export type ProgrammeInput = z.infer<typeof programmeInput>;
