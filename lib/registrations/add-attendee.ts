import "server-only";
import { db } from "@/lib/db";
import { violatedUniqueConstraint } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import type { DelegateInput } from "@/lib/validation/registration";
import { checkPersonChoices } from "./check-person-choices";
import { actorOf, loadForChange, type ManageAccess } from "./manage-access";
import { setAttendeeSignups } from "./set-attendee-signups";
import { hashToken, newToken } from "./tokens";

/** Adds a delegate to an existing registration through the contact's private link. */
export async function addAttendee(access: ManageAccess, input: DelegateInput, now = new Date()) {
  if (access.kind === "attendee") throw new AppError("not_found", "an attendee may not add delegates");
  try {
    return await db.$transaction(
      async (tx) => {
        const { registration } = await loadForChange(tx, access, now);
        const activities = await checkPersonChoices(tx, { registration, choices: input, now });
        const taken = await tx.attendee.findFirst({
          where: { eventId: registration.eventId, email: input.email, status: "active" },
        });
        if (taken) {
          throw new AppError("conflict", "e-mail already registered", [
            { field: "email", code: "emailTaken" },
          ]);
        }

        const token = newToken();
        const attendee = await tx.attendee.create({
          data: {
            registrationId: registration.id,
            eventId: registration.eventId,
            organisationId: registration.organisationId,
            name: input.name,
            email: input.email,
            phone: input.phone || null,
            title: input.title,
            dietChoices: input.dietChoices,
            dietOther: input.dietOther,
            allergies: input.allergies,
            accessibilityNeeds: input.accessibilityNeeds,
            isVotingDelegate: input.isVotingDelegate,
            listConsent: input.listConsent,
            locale: registration.locale,
            manageTokenHash: hashToken(token),
          },
        });
        await setAttendeeSignups(tx, {
          eventId: registration.eventId,
          attendeeId: attendee.id,
          current: [],
          activities,
          activityIds: input.activityIds,
          answers: input.answers,
          locale: registration.locale,
          path: "",
          actor: actorOf(access),
        });
        await writeAuditEntry(tx, {
          eventId: registration.eventId,
          actor: actorOf(access),
          action: "attendee.added",
          entityType: "Attendee",
          entityId: attendee.id,
          changes: { activities: input.activityIds },
        });
        await enqueueEmail(tx, {
          eventId: registration.eventId,
          recipient: attendee.email,
          locale: registration.locale,
          template: "attendee-confirmation",
          payload: { attendeeId: attendee.id, manageToken: token },
        });
        return attendee.id;
      },
      { maxWait: 30_000, timeout: 30_000 },
    );
  } catch (error) {
    if (violatedUniqueConstraint(error) === "Attendee_one_email_per_event_idx") {
      throw new AppError("conflict", "e-mail already registered", [{ field: "email", code: "emailTaken" }]);
    }
    throw error;
  }
}
