// Which PostgreSQL server the tests use: TEST_DATABASE_URL if given, else a server already
// running on 127.0.0.1:5432, else the embedded PostgreSQL in .data/test-postgres. Tests create and
// drop their own databases on it, so it must never be a shared or remote server.
import path from "node:path";
import { canConnect } from "./database";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { FatalError, info } from "./log";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
const RUNNING_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

export function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new FatalError(
      `Refusing to run tests against ${host}: tests create and drop databases, so only a local server is allowed.`,
    );
  }
}

export async function resolveTestServer(
  root: string,
): Promise<{ adminUrl: string; embedded?: EmbeddedDatabase }> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    assertLocal(given);
    return { adminUrl: given };
  }
  if (await canConnect(RUNNING_SERVER)) {
    info("Tests use the PostgreSQL server running on 127.0.0.1:5432.");
    return { adminUrl: RUNNING_SERVER };
  }
  const port = Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54330);
  const embedded = await startEmbeddedPostgres({ dir: path.join(root, ".data", "test-postgres"), port });
  info(`Tests use the embedded PostgreSQL on 127.0.0.1:${port}.`);
  return { adminUrl: embedded.adminUrl, embedded };
}
