import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Whether an address may sign in, admitting it on the way: staff with a role at some event are
 * admitted as they are; a first administrator named in ADMIN_EMAILS is given the admin role at
 * every event first (so it writes roles, hence the name).
 */
export async function admitStaff(email: string): Promise<boolean> {
  const address = email.trim().toLowerCase();
  if (env.ADMIN_EMAILS.includes(address)) {
    await grantBootstrapAdmin(address);
    return true;
  }
  return (await db.eventRole.count({ where: { user: { email: address } } })) > 0;
}

async function grantBootstrapAdmin(email: string) {
  const user = await db.user.upsert({ where: { email }, create: { email }, update: {} });
  const events = await db.event.findMany({ select: { id: true } });
  for (const event of events) {
    await db.eventRole.upsert({
      where: { eventId_userId: { eventId: event.id, userId: user.id } },
      create: { eventId: event.id, userId: user.id, role: "admin" },
      update: {},
    });
  }
}
