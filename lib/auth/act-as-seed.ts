import "server-only";
import { db } from "@/lib/db";
import type { Staff } from "./staff-session";

/** The address the seed acts as: the .invalid top-level domain (RFC 2606) never receives mail. */
export const SEED_ACTOR_EMAIL = "seed@sik.invalid";

/**
 * Runs `work` as the association administrator the seed acts as, so the seed goes through the
 * services' own role checks and audit rows name who made the data. The role is taken away again
 * when the work ends, failed or not: nobody signs in as the seed.
 */
export async function actAsSeed<T>(work: (staff: Staff) => Promise<T>): Promise<T> {
  const user = await db.user.upsert({
    where: { email: SEED_ACTOR_EMAIL },
    create: { email: SEED_ACTOR_EMAIL, name: "Seed", associationRole: "admin" },
    update: { associationRole: "admin" },
  });
  try {
    return await work({ userId: user.id, email: user.email });
  } finally {
    await db.user.update({ where: { id: user.id }, data: { associationRole: null } });
  }
}
