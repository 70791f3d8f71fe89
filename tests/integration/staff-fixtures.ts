// Staff members with a role at an event, and reading what a refused call said, for tests of services.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { copyEvent } from "@/lib/events/copy-event";
import { AppError } from "@/lib/errors";
import type { EventRoleName } from "@/lib/generated/prisma/enums";

/** A signed-in staff member (as the services see one) with `role` at the event. */
export async function staffMember(eventId: string, email: string, role: EventRoleName) {
  const user = await db.user.create({ data: { email } });
  await db.eventRole.create({ data: { eventId, userId: user.id, role } });
  return { userId: user.id, email };
}

/** "ok", or the first field issue's code of the AppError the call failed with, else its error code. */
export async function outcomeOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (error === null) return "ok";
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fields[0]?.code ?? (error as AppError).code;
}

/** "ok", or the code of the AppError the call failed with (anything else fails the test). */
export async function errorCodeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/**
 * Luleå copied by an association administrator into an autumn meeting starting 11 November 2027
 * (a Thursday in winter time), without its annual meeting; returns the new meeting's slug.
 */
export async function copyToAutumn(slug: string, hostOrganisationId: string): Promise<string> {
  const user = await db.user.create({
    data: { email: `${slug}-secretariat@industrikommuner.example.se`, associationRole: "admin" },
  });
  const copied = await copyEvent(
    { userId: user.id, email: user.email },
    {
      sourceSlug: "lulea-2027",
      nameSv: "Höstträff",
      nameEn: "Autumn meeting",
      slug,
      startDate: "2027-11-11",
      hostOrganisationId,
      city: "Sandviken",
      venueName: "Arenan",
      venueAddress: "Gatan 1",
      contactEmail: "traff@sandviken.example.se",
      includeAnnualMeeting: false,
    },
  );
  return copied.slug;
}
