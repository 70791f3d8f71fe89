import { z } from "zod";
import { optionalText } from "./fields";

/** Themes one meeting may show. */
export const MAX_THEMES = 8;

const theme = z
  .object({
    titleSv: optionalText(200),
    titleEn: optionalText(200),
    textSv: optionalText(2000),
    textEn: optionalText(2000),
  })
  .superRefine((value, context) => {
    const any = value.titleSv || value.titleEn || value.textSv || value.textEn;
    if (!any) return;
    if (!value.titleSv) context.addIssue({ code: "custom", path: ["titleSv"], message: "themeTitleBoth" });
    if (!value.titleEn) context.addIssue({ code: "custom", path: ["titleEn"], message: "themeTitleBoth" });
  });

/** The meeting's themes as the form posts them: rows left wholly empty are dropped (removed). */
export const eventThemesInput = z
  .array(theme)
  .max(MAX_THEMES + 1, "tooManyThemes")
  .transform((rows) => rows.filter((row) => row.titleSv || row.titleEn || row.textSv || row.textEn))
  // A bound checked as `max` carries the number into the message; a refine would show "0".
  .pipe(z.array(z.custom<z.output<typeof theme>>()).max(MAX_THEMES, "tooManyThemes"));

export type EventThemesInput = z.infer<typeof eventThemesInput>;
