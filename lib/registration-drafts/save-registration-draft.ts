import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRegistrationOpen } from "@/lib/registrations/assert-registration-open";
import type { AppLocale } from "@/lib/i18n/routing";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { env } from "@/lib/env";
import type { DraftData } from "./draft-data";

async function openEventId(slug: string, now: Date) {
  const event = await db.event.findFirst({ where: { slug } });
  if (!event) throw new AppError("not_found", "no such event");
  assertRegistrationOpen(event, now);
  return event.id;
}

/** Starts a draft for the event with the first step's data; returns the draft's id. */
export async function createRegistrationDraft(
  slug: string,
  locale: AppLocale,
  data: DraftData,
  clientAddress: string,
  now = new Date(),
) {
  // Twice the submits a client may make: some drafts are started again or left unfinished.
  const limit = await consumeRateLimit(
    `draft:${clientAddress}`,
    2 * env.REGISTRATION_RATE_LIMIT,
    env.REGISTRATION_RATE_WINDOW_SECONDS,
    now,
  );
  if (!limit.allowed)
    throw new AppError(
      "rate_limited",
      "too many drafts",
      [],
      {
        retryAfter: limit.retryAfterSeconds,
      },
      "tooManyRequests",
    );
  const eventId = await openEventId(slug, now);
  const draft = await db.registrationDraft.create({
    data: { eventId, locale, data: data as unknown as Prisma.InputJsonValue },
  });
  return draft.id;
}

/** Replaces a draft's data, unless it has already been submitted. */
export async function saveRegistrationDraft(id: string, data: DraftData) {
  const updated = await db.registrationDraft.updateMany({
    where: { id, registrationId: null },
    data: { data: data as unknown as Prisma.InputJsonValue },
  });
  if (updated.count === 0) throw new AppError("not_found", "draft not found or already submitted");
}
