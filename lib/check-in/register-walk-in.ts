import "server-only";
import { randomUUID } from "node:crypto";
import { db, LOCKING_TRANSACTION, queriesIn } from "@/lib/db";
import { violatedUniqueConstraint } from "@/lib/db-errors";
import { AppError, type FieldIssue } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { requireEventRole, type Staff } from "@/lib/auth/staff-session";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { lockActivities, readActivityLoad, hasFreeSeat } from "@/lib/registrations/activity-capacity";
import { hashToken, newReference, newToken } from "@/lib/registrations/tokens";
import type { WalkInInput } from "@/lib/validation/walk-in";
import { memberOf } from "@/lib/mandates/open-member-vote";

/** The address a walk-in without one is kept under: reserved, so no mail is ever sent to it. */
export const walkInAddress = (attendeeId: string) => `walk-in-${attendeeId}@walk-in.invalid`;

/**
 * Registers someone who arrives at the door, also after registration has closed: a registration
 * of their own, approved, checked in at once, with a confirmed place in each activity chosen.
 * A full activity takes them only from an administrator, who gives the reason (audited). They
 * hold no vote. A confirmation goes to them when they gave an address.
 */
export async function registerWalkIn(
  staff: Staff | null,
  slug: string,
  input: WalkInInput,
  options: { locale: "sv" | "en"; now?: Date } = { locale: "sv" },
): Promise<{ attendeeId: string; overCapacity: string[] }> {
  const now = options.now ?? new Date();
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new AppError("not_found", "no such event");
  const role = await requireEventRole(staff, event.id, "staff");
  if (event.status === "draft" || event.status === "archived")
    throw new AppError("conflict", "not a running meeting", [], {}, "walkInClosed");
  try {
    return await db.$transaction(async (tx) => {
      let organisationId: string;
      if (input.organisationId) {
        const member = await memberOf(tx, event.id, input.organisationId);
        if (!member)
          throw new AppError("validation", "no such member", [
            { field: "organisationId", code: "unknownOrganisation" },
          ]);
        organisationId = member.id;
      } else {
        const found = await tx.organisation.findUnique({ where: { name: input.observerName } });
        if (found?.isMember)
          throw new AppError("validation", "observer is member", [
            { field: "observerName", code: "observerIsMember", params: { name: found.name } },
          ]);
        organisationId =
          found?.id ??
          (await tx.organisation.create({ data: { name: input.observerName }, select: { id: true } })).id;
      }
      const isMember = Boolean(input.organisationId);
      const activities = await tx.activity.findMany({
        where: { eventId: event.id, id: { in: input.activityIds }, cancelledAt: null },
      });
      if (activities.length !== new Set(input.activityIds).size)
        throw new AppError("validation", "unknown activity", [{ field: "activityIds", code: "invalid" }]);
      const issues: FieldIssue[] = [];
      for (const activity of activities)
        if (activity.membersOnly && !isMember)
          issues.push({
            field: "activityIds",
            code: "membersOnly",
            params: { activity: options.locale === "en" ? activity.nameEn : activity.nameSv },
          });
      if (issues.length) throw new AppError("validation", "members only", issues);

      const queries = queriesIn(tx);
      const limits = new Map((await lockActivities(queries, input.activityIds)).map((row) => [row.id, row]));
      const load = await readActivityLoad(queries, input.activityIds);
      const full = activities.filter(
        (activity) => !hasFreeSeat(limits.get(activity.id)!, load.get(activity.id)!),
      );
      if (full.length > 0) {
        const names = full
          .map((activity) => (options.locale === "en" ? activity.nameEn : activity.nameSv))
          .join(", ");
        if (role !== "admin")
          throw new AppError("conflict", "full", [
            { field: "activityIds", code: "walkInActivityFull", params: { activity: names } },
          ]);
        if (!input.overCapacityReason)
          throw new AppError("validation", "reason needed", [
            { field: "overCapacityReason", code: "overCapacityReasonRequired", params: { activity: names } },
          ]);
      }

      const attendeeId = randomUUID();
      const email = input.email ?? walkInAddress(attendeeId);
      const registration = await tx.registration.create({
        data: {
          eventId: event.id,
          organisationId,
          reference: newReference(event.referencePrefix),
          contactName: input.name,
          contactEmail: email,
          contactPhone: "",
          locale: options.locale,
          manageTokenHash: hashToken(newToken()),
          idempotencyKey: `walk-in-${attendeeId}`,
          consentAt: now,
          approval: "approved",
          approvedAt: now,
          approvedBy: staff!.email,
        },
        select: { id: true, reference: true },
      });
      const manageToken = newToken();
      await tx.attendee.create({
        data: {
          id: attendeeId,
          registrationId: registration.id,
          eventId: event.id,
          organisationId,
          name: input.name,
          email,
          title: input.title,
          locale: options.locale,
          manageTokenHash: hashToken(manageToken),
          checkedInAt: now,
          signups: {
            create: activities.map((activity) => ({ activityId: activity.id, status: "confirmed" as const })),
          },
        },
      });
      const overCapacity = full.map((activity) => activity.key);
      await writeAuditEntry(tx, {
        eventId: event.id,
        actor: { type: "staff", id: staff!.userId },
        action: "attendee.walk-in",
        entityType: "Attendee",
        entityId: attendeeId,
        changes: {
          reference: registration.reference,
          activities: activities.map((activity) => activity.key),
          ...(overCapacity.length ? { overCapacity, reason: input.overCapacityReason } : {}),
        },
      });
      if (input.email)
        await enqueueEmail(tx, {
          eventId: event.id,
          recipient: input.email,
          locale: options.locale,
          template: "attendee-confirmation",
          payload: { attendeeId, manageToken },
        });
      return { attendeeId, overCapacity };
    }, LOCKING_TRANSACTION);
  } catch (error) {
    if (violatedUniqueConstraint(error) === "Attendee_one_email_per_event_idx")
      throw new AppError("conflict", "email taken", [{ field: "email", code: "emailTaken" }]);
    throw error;
  }
}
