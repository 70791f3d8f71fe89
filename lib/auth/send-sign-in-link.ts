import "server-only";
import { db } from "@/lib/db";

/** Queues the sign-in link for the outbox worker; it is sent within seconds and then removed. */
export async function sendSignInLink(email: string, url: string) {
  await db.outboxEmail.create({
    data: {
      recipient: email.toLowerCase(),
      locale: "sv",
      template: "sign-in-link",
      payload: { signInUrl: url },
    },
  });
}
