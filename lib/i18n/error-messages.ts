import type { AppError, ErrorCode } from "@/lib/errors";
import { messagesFor, type Messages } from "./messages";

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

// The keys of apiErrors, for checking that a service's `params.message` names one.
const ERROR_MESSAGE_KEYS: ReadonlySet<string> = new Set(Object.keys(messagesFor("sv").apiErrors));

/** The message for an error: its own, when the service named one (`params.message`), else its code's. */
export function messageKeyOf(error: AppError): ErrorMessageKey {
  const own = error.params.message;
  return typeof own === "string" && ERROR_MESSAGE_KEYS.has(own)
    ? (own as ErrorMessageKey)
    : ERROR_MESSAGE[error.code];
}
