import type { getTranslations } from "next-intl/server";

type Translator = Awaited<ReturnType<typeof getTranslations<"auditActions">>>;

/** The audit action in the reader's language, or its code for an action without a text yet. */
export function auditActionLabel(t: Translator, action: string): string {
  const key = action as Parameters<Translator>[0];
  return t.has(key) ? t(key) : action;
}
