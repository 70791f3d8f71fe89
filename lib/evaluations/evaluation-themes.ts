/** The meeting's themes as the evaluation rates them: their titles in both languages, in order. */
export function eventThemes(themes: unknown): { titleSv: string; titleEn: string }[] {
  if (!Array.isArray(themes)) return [];
  return themes
    .filter(
      (theme): theme is { titleSv: string; titleEn: string } =>
        typeof theme === "object" &&
        theme !== null &&
        typeof theme.titleSv === "string" &&
        typeof theme.titleEn === "string",
    )
    .map((theme) => ({ titleSv: theme.titleSv, titleEn: theme.titleEn }));
}
