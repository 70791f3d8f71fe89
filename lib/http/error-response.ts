import "server-only";
import { createTranslator } from "next-intl";
import { AppError, type ErrorCode } from "@/lib/errors";
import { logError } from "@/lib/log";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { messageKeyOf } from "@/lib/i18n/error-messages";
import { messagesFor } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/routing";
import { describeFieldIssue, genericFieldLabel } from "@/lib/validation/field-errors";

const STATUS: Record<ErrorCode, number> = {
  validation: 422,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  registration_not_open: 409,
  registration_closed: 409,
  change_deadline_passed: 409,
  conflict: 409,
  rate_limited: 429,
};

/** The JSON answer to a failed API request: a stable code, a readable message and per-field problems. */
export function errorResponse(error: unknown, locale: AppLocale): Response {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  if (!(error instanceof AppError) && isDatabaseUnavailable(error)) {
    logError("api: database unavailable", error);
    return Response.json(
      { error: { code: "unavailable", message: t("apiErrors.unavailable"), fields: [] } },
      { status: 503, headers: { "retry-after": "5" } },
    );
  }
  if (!(error instanceof AppError)) {
    logError("api: unexpected error", error);
    return Response.json(
      { error: { code: "unexpected", message: t("apiErrors.unexpected"), fields: [] } },
      { status: 500 },
    );
  }
  const headers: HeadersInit =
    error.code === "rate_limited" ? { "retry-after": String(error.params.retryAfter ?? 60) } : {};
  return Response.json(
    {
      error: {
        code: error.code,
        message: t(`apiErrors.${messageKeyOf(error)}`, { retryAfter: error.params.retryAfter ?? 60 }),
        fields: error.fields.map((issue) => ({
          field: issue.field,
          code: issue.code,
          params: issue.params ?? {},
          message: describeFieldIssue(issue, genericFieldLabel(issue.field, t), t),
        })),
      },
    },
    { status: STATUS[error.code], headers },
  );
}

const BODY_PROBLEM = {
  400: { code: "bad_request", message: "badRequest" },
  413: { code: "body_too_large", message: "bodyTooLarge" },
  415: { code: "unsupported_media_type", message: "unsupportedMediaType" },
} as const;

/** The answer to a body that could not be read: not JSON (400), too large (413), not declared JSON (415). */
export function badRequest(locale: AppLocale, status: 400 | 413 | 415 = 400): Response {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const problem = BODY_PROBLEM[status];
  return Response.json(
    {
      error: {
        code: problem.code,
        message: t(`apiErrors.${problem.message}`),
        fields: [
          {
            field: "body",
            code: "invalid",
            params: {},
            message: describeFieldIssue({ field: "body", code: "invalid" }, t("fieldLabels.body"), t),
          },
        ],
      },
    },
    { status },
  );
}
