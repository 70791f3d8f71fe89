import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { ActorType } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DB } from "@/lib/generated/kysely/database";
import type { Insertable } from "kysely";

export type Actor = { type: ActorType; id: string | null };

/** Appends an audit row inside the caller's transaction, so the change and its record commit together. */
export async function writeAuditEntry(
  tx: Tx,
  entry: {
    /** null for what belongs to the association, not to one meeting (the member register). */
    eventId: string | null;
    actor: Actor;
    action: string;
    entityType: string;
    entityId: string;
    changes?: Prisma.InputJsonValue;
  },
) {
  await tx.auditEntry.create({ data: auditRow(entry) });
}

type AuditEntryInput = Parameters<typeof writeAuditEntry>[1];

/**
 * The one shape of an audit row, written by writeAuditEntry above or, on the registration's hot
 * path, by insertTogether (lib/sql.ts) in the same statement as the change it records.
 */
export function auditRow(entry: AuditEntryInput) {
  return {
    id: randomUUID(),
    eventId: entry.eventId,
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes ?? {},
    createdAt: new Date(),
  } satisfies Insertable<DB["AuditEntry"]>;
}
