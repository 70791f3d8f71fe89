import { z } from "zod";
import { fromStockholmLocal } from "@/lib/i18n/stockholm-time";
import { requiredText } from "./fields";

export const DOCUMENT_KINDS = [
  "notice",
  "agenda",
  "annual_report",
  "accounts",
  "motion",
  "nomination",
  "other",
] as const;

// What staff type about a meeting document; the file itself is checked by the service.
export const meetingDocumentInput = z.object({
  documentKind: z.enum(DOCUMENT_KINDS, { error: "invalid" }),
  titleSv: requiredText(200),
  titleEn: requiredText(200),
  publishedAt: z.string().transform((value, context) => {
    const date = fromStockholmLocal(value.trim());
    if (!date) context.addIssue({ code: "custom", message: "required" });
    return date ?? new Date(0);
  }),
  documentVisibility: z.enum(["public", "delegates"], { error: "invalid" }),
});
export type MeetingDocumentInput = z.infer<typeof meetingDocumentInput>;

export const noticeSettingsInput = z.object({
  noticeWeeksBefore: z.coerce
    .number({ error: "invalid" })
    .int("invalid")
    .min(1, "noticeWeeks")
    .max(26, "noticeWeeks"),
});
