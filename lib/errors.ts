// Expected failures of the domain, each with a stable code the API returns and the UI translates.
// Anything that is not an AppError is a bug: it is logged and the person sees a generic message.
import type { Messages } from "@/lib/i18n/messages";
import type { ValidationKey } from "@/lib/validation/fields";

/** A message of the `apiErrors` catalogue: what the person reads about a failure. */
export type ErrorMessageKey = keyof Messages["apiErrors"];

export type ErrorCode =
  | "validation"
  | "not_found"
  | "unauthorized"
  | "forbidden"
  | "registration_not_open"
  | "registration_closed"
  | "change_deadline_passed"
  | "conflict"
  | "rate_limited";

/** A problem with one input field; `code` is a validation message key, `params` fill it in. */
export type FieldIssue = { field: string; code: ValidationKey; params?: Record<string, string | number> };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldIssue[] = [],
    readonly params: Record<string, string | number> = {},
    /** A message more precise than the code's own (`ERROR_MESSAGE` in lib/i18n/error-messages.ts). */
    readonly messageKey?: ErrorMessageKey,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
