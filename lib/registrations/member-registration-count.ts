import "server-only";
import { db } from "@/lib/db";

/**
 * How many active registrations a member municipality already has at the event, so the form can
 * say so before anything more is typed. It tells no names or addresses: that the municipality
 * has registered people is known to everyone at the meeting anyway.
 */
export async function memberRegistrationCount(eventSlug: string, organisationId: string): Promise<number> {
  return db.registration.count({
    where: { event: { slug: eventSlug }, organisationId, status: "active", organisation: { isMember: true } },
  });
}
