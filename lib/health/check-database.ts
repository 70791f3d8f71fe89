import "server-only";
import { db, type DbOrTx } from "@/lib/db";

/** True when the database answers a trivial query within the timeout. */
export async function checkDatabase(timeoutMs = 2000, client: DbOrTx = db): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const ping = client.$queryRaw`SELECT 1`.then(() => true as const);
    return await Promise.race([ping, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
