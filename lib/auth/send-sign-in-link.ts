import "server-only";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

/** Queues the sign-in link for the outbox worker; it is sent within seconds and then removed. */
export async function sendSignInLink(email: string, url: string) {
  await enqueueEmail(db, {
    eventId: null,
    recipient: email.toLowerCase(),
    locale: "sv",
    template: "sign-in-link",
    payload: { signInUrl: url },
  });
}
