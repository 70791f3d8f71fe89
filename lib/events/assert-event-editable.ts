import { AppError } from "@/lib/errors";

/** An archived meeting is read-only: its settings change only after its status does. */
export function assertEventEditable(event: { status: string }) {
  if (event.status === "archived") throw new AppError("conflict", "event archived", [], {}, "eventArchived");
}
