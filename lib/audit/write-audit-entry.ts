import "server-only";
import { randomUUID } from "node:crypto";
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
  await tx.auditEntry.create({ data: auditData(entry) });
}

type AuditEntryInput = Parameters<typeof writeAuditEntry>[1];

function auditData(entry: AuditEntryInput) {
  return {
    eventId: entry.eventId,
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes ?? {},
  };
}

/** The same row for a plain-SQL transaction to insert (lib/sql.ts insertRows). */
export function auditRow(entry: AuditEntryInput) {
  return { id: randomUUID(), ...auditData(entry), createdAt: new Date() };
}
