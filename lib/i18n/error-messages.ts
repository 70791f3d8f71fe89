import type { ErrorCode } from "@/lib/errors";
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
