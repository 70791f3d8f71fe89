import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Whether an address may sign in, admitting it on the way: staff with a role at some event and
 * association administrators are admitted as they are; an address named in ADMIN_EMAILS is made
 * an association administrator first (so it writes a role, hence the name).
 */
export async function admitStaff(email: string): Promise<boolean> {
  const address = email.trim().toLowerCase();
  if (env.ADMIN_EMAILS.includes(address)) {
    await db.user.upsert({
      where: { email: address },
      create: { email: address, associationRole: "admin" },
      update: { associationRole: "admin" },
    });
    return true;
  }
  const user = await db.user.findUnique({
    where: { email: address },
    select: { associationRole: true, _count: { select: { eventRoles: true } } },
  });
  return Boolean(user && (user.associationRole !== null || user._count.eventRoles > 0));
}
