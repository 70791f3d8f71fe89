import "server-only";
import type { Tx } from "@/lib/db";
import type { ActorType } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Actor = { type: ActorType; id: string | null };

/** Appends an audit row inside the caller's transaction, so the change and its record commit together. */
export async function writeAuditEntry(
  tx: Tx,
  entry: {
    eventId: string;
    actor: Actor;
    action: string;
    entityType: string;
    entityId: string;
    changes?: Prisma.InputJsonValue;
  },
) {
  await tx.auditEntry.create({
    data: {
      eventId: entry.eventId,
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: entry.changes ?? {},
    },
  });
}
