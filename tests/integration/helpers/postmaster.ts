// Reading a PostgreSQL data folder's postmaster from the outside, for tests that start and stop one.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The pid in `dataDir`/postmaster.pid. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

/** Whether a process with this pid exists. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
