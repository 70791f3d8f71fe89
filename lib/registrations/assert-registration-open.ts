import "server-only";
import { AppError } from "@/lib/errors";
import { registrationWindow, type PublicEvent } from "@/lib/events/public-event";

/** Refuses a new registration or delegate outside the event's registration window. */
export function assertRegistrationOpen(
  event: Pick<PublicEvent, "status" | "registrationOpensAt" | "registrationClosesAt">,
  now: Date,
) {
  const window = registrationWindow(event, now);
  if (window === "not-open") throw new AppError("registration_not_open", "registration has not opened");
  if (window === "closed") throw new AppError("registration_closed", "registration is closed");
}
