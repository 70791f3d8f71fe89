import "server-only";
import { db, queriesIn, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { hashToken } from "@/lib/registrations/tokens";
import { assertTokenAttemptsLeft, recordTokenMiss } from "@/lib/rate-limit/token-misses";
import { mandateRequestToken } from "@/lib/validation/mandate";
import { openMemberVote } from "./open-member-vote";

export type MandateRequestView = {
  state: "open" | "used" | "expired";
  event: { slug: string; name: { sv: string; en: string }; contactEmail: string };
  organisation: string;
  ombud: string | null;
  substitute: string | null;
  usedAt: Date | null;
};

/** The request a link's token names, counting unknown tokens against the client's limit. */
async function findRequest(client: Tx | typeof db, token: string, clientAddress: string) {
  await assertTokenAttemptsLeft("mandate-token", clientAddress);
  const request = mandateRequestToken.safeParse(token).success
    ? await client.mandateRequest.findUnique({ where: { tokenHash: hashToken(token) } })
    : null;
  if (!request) {
    await recordTokenMiss("mandate-token", clientAddress);
    throw new AppError("not_found", "unknown mandate link");
  }
  return request;
}

/** What a mandate link asks the contact to confirm: the member's ombud and substitute now. */
export async function getMandateRequest(
  token: string,
  clientAddress: string,
  now = new Date(),
): Promise<MandateRequestView> {
  const request = await findRequest(db, token, clientAddress);
  const [event, member, people] = await Promise.all([
    db.event.findUniqueOrThrow({
      where: { id: request.eventId },
      select: { slug: true, nameSv: true, nameEn: true, contactEmail: true },
    }),
    db.organisation.findUniqueOrThrow({ where: { id: request.organisationId }, select: { name: true } }),
    db.attendee.findMany({
      where: {
        eventId: request.eventId,
        organisationId: request.organisationId,
        status: "active",
        OR: [{ isVotingDelegate: true }, { isSubstitute: true }],
      },
      select: { name: true, isVotingDelegate: true },
    }),
  ]);
  return {
    state: request.usedAt ? "used" : request.expiresAt <= now ? "expired" : "open",
    event: {
      slug: event.slug,
      name: { sv: event.nameSv, en: event.nameEn },
      contactEmail: event.contactEmail,
    },
    organisation: member.name,
    ombud: people.find((person) => person.isVotingDelegate)?.name ?? null,
    substitute: people.find((person) => !person.isVotingDelegate)?.name ?? null,
    usedAt: request.usedAt,
  };
}

/**
 * Records the member's mandate as confirmed by the contact of the register the link was sent to,
 * naming its ombud and substitute of the moment. The link works once and until the annual meeting
 * starts; a repeated confirm is refused, changing nothing.
 */
export async function confirmMandate(token: string, clientAddress: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const found = await findRequest(tx, token, clientAddress);
    // Two confirms of one link at once: the second waits here and then sees the first's use.
    const request = await queriesIn(tx)
      .selectFrom("MandateRequest")
      .select("usedAt")
      .where("id", "=", found.id)
      .forUpdate()
      .executeTakeFirst();
    if (request?.usedAt) throw new AppError("conflict", "already used", [], {}, "mandateLinkUsed");
    if (found.expiresAt <= now) throw new AppError("change_deadline_passed", "link expired");
    const vote = await openMemberVote(
      tx,
      {
        kind: "register-contact",
        eventId: found.eventId,
        organisationId: found.organisationId,
        email: found.email,
      },
      { now, personChange: false },
    );
    if (!vote.ombud) throw new AppError("conflict", "no ombud", [], {}, "mandateNeedsOmbud");
    const record = {
      kind: "confirmation" as const,
      ombudId: vote.ombud.id,
      ombudName: vote.ombud.name,
      substituteId: vote.substitute?.id ?? null,
      substituteName: vote.substitute?.name ?? null,
      fileName: null,
      data: null,
      recordedBy: found.email,
      recordedAt: now,
    };
    await tx.mandate.upsert({
      where: { eventId_organisationId: { eventId: found.eventId, organisationId: found.organisationId } },
      create: { eventId: found.eventId, organisationId: found.organisationId, ...record },
      update: record,
    });
    await tx.mandateRequest.update({ where: { id: found.id }, data: { usedAt: now } });
    await writeAuditEntry(tx, {
      eventId: found.eventId,
      actor: vote.actor,
      action: "mandate.confirmed",
      entityType: "Organisation",
      entityId: found.organisationId,
      changes: { by: found.email, ombud: vote.ombud.name, substitute: vote.substitute?.name ?? null },
    });
  });
}
