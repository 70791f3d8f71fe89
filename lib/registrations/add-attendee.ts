import "server-only";
import { db, LOCKING_TRANSACTION, queriesIn } from "@/lib/db";
import { violatedUniqueConstraint } from "@/lib/db-errors";
import { attendeeRow } from "./attendee-row";
import { emailTaken } from "./email-taken";
import { AppError } from "@/lib/errors";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { MAX_DELEGATES, type DelegateInput } from "@/lib/validation/registration";
import { assertRegistrationOpen } from "./assert-registration-open";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { checkPersonChoices } from "./check-person-choices";
import { keptAnswers } from "./activity-questions";
import { actorOf, loadForChange, type ManageAccess } from "./manage-access";
import { setAttendeeSignups } from "./set-attendee-signups";
import { newToken } from "./tokens";

// Delegates a contact may add per window: each one sends a mail.
const ADDS_PER_WINDOW = 10;
const ADD_WINDOW_SECONDS = 600;

/**
 * Adds a delegate to an existing registration through the contact's private link, while
 * registration is open: a new delegate is a new registration of a person, held to the same
 * window and the same cap on delegates as the registration form. Staff may add after it closes.
 */
export async function addAttendee(
  access: ManageAccess,
  input: DelegateInput,
  clientAddress: string,
  now = new Date(),
) {
  if (access.kind === "attendee") throw new AppError("not_found", "an attendee may not add delegates");
  if (access.kind === "contact") {
    const limit = await consumeRateLimit(
      `add-attendee:${access.registrationId}:${clientAddress}`,
      ADDS_PER_WINDOW,
      ADD_WINDOW_SECONDS,
      now,
    );
    if (!limit.allowed)
      throw new AppError(
        "rate_limited",
        "too many added delegates",
        [],
        {
          retryAfter: limit.retryAfterSeconds,
        },
        "tooManyRequests",
      );
  }
  try {
    return await db.$transaction(async (tx) => {
      const { registration } = await loadForChange(tx, access, now);
      if (access.kind !== "staff") assertRegistrationOpen(registration.event, now);
      // The registration row is locked so two adds at once cannot both pass the cap.
      await queriesIn(tx)
        .selectFrom("Registration")
        .select("id")
        .where("id", "=", registration.id)
        .forUpdate()
        .execute();
      const delegates = await tx.attendee.count({
        where: { registrationId: registration.id, status: "active" },
      });
      if (delegates >= MAX_DELEGATES)
        throw new AppError("validation", "too many delegates", [
          { field: "name", code: "tooManyDelegates", params: { max: MAX_DELEGATES } },
        ]);
      const { activities, meetingQuestions } = await checkPersonChoices(tx, {
        registration,
        choices: input,
        now,
      });
      const taken = await tx.attendee.findFirst({
        where: { eventId: registration.eventId, email: input.email, status: "active" },
      });
      if (taken) throw emailTaken([{ field: "email", code: "emailTaken" }]);

      const token = newToken();
      const attendee = await tx.attendee.create({
        data: attendeeRow({
          registration,
          person: input,
          answers: keptAnswers(meetingQuestions, input.answers[registration.eventId]),
          pending: registration.approval === "pending",
          manageToken: token,
          createdAt: new Date(),
        }),
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
        pending: registration.approval === "pending",
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
    }, LOCKING_TRANSACTION);
  } catch (error) {
    if (violatedUniqueConstraint(error) === "Attendee_one_email_per_event_idx") {
      throw emailTaken([{ field: "email", code: "emailTaken" }]);
    }
    throw error;
  }
}
