import type { AppError, ErrorCode, ErrorMessageKey } from "@/lib/errors";

/** The `apiErrors` message that explains each domain error code to a person. */
export const ERROR_MESSAGE: Record<ErrorCode, ErrorMessageKey> = {
  validation: "validation",
  not_found: "notFound",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  registration_not_open: "registrationNotOpen",
  registration_closed: "registrationClosed",
  change_deadline_passed: "changeDeadlinePassed",
  conflict: "conflict",
  rate_limited: "rateLimited",
};

/** The message for an error: its own, when the service named one, else its code's. */
export function messageKeyOf(error: AppError): ErrorMessageKey {
  return error.messageKey ?? ERROR_MESSAGE[error.code];
}
