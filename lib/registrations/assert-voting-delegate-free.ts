import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Refuses a second voting delegate for an organisation at an event. The message names the
 * organisation, never the person already named. The database's unique index is the backstop
 * when two requests race past this check.
 */
export async function assertVotingDelegateFree(
  tx: Tx,
  input: {
    eventId: string;
    organisation: { id: string; name: string };
    exceptAttendeeId?: string;
    field: string;
  },
) {
  const existing = await tx.attendee.findFirst({
    where: {
      eventId: input.eventId,
      organisationId: input.organisation.id,
      isVotingDelegate: true,
      status: "active",
      ...(input.exceptAttendeeId ? { id: { not: input.exceptAttendeeId } } : {}),
    },
    select: { id: true },
  });
  if (existing) throw votingDelegateTaken(input.organisation.name, input.field);
}

export function votingDelegateTaken(organisationName: string, field: string) {
  return new AppError("conflict", "voting delegate already named", [
    { field, code: "votingDelegateTaken", params: { organisation: organisationName } },
  ]);
}
