import type { AppError, ErrorCode } from "@/lib/errors";
import type { Messages } from "./messages";

/** The `apiErrors` message that explains each domain error code to a person. */
export const ERROR_MESSAGE: Record<ErrorCode, keyof Messages["apiErrors"]> = {
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

type ErrorMessageKey = keyof Messages["apiErrors"];

/** The message for an error: its own, when the service named one (`params.message`), else its code's. */
export function messageKeyOf(error: AppError): ErrorMessageKey {
  const own = error.params.message;
  return typeof own === "string" && own in ERROR_MESSAGE_KEYS
    ? (own as ErrorMessageKey)
    : ERROR_MESSAGE[error.code];
}

// Every key of apiErrors, for checking a service's `params.message` names one.
const ERROR_MESSAGE_KEYS: Record<ErrorMessageKey, true> = {
  badRequest: true,
  validation: true,
  notFound: true,
  registrationNotOpen: true,
  registrationClosed: true,
  changeDeadlinePassed: true,
  conflict: true,
  rateLimited: true,
  unexpected: true,
  unauthorized: true,
  forbidden: true,
  eventNotEnded: true,
  tooManyAttempts: true,
  unavailable: true,
};
