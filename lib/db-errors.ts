// Reading PostgreSQL's answer out of errors: Prisma's (raised through the pg driver adapter) and
// pg's own, from the hot paths that use the pool directly (lib/sql.ts).

type AdapterCause = { originalCode?: string; originalMessage?: string };

function causeOf(error: unknown): AdapterCause | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } } | null)?.meta;
  return meta?.driverAdapterError?.cause;
}

/** The name of the unique constraint or index a write violated, or null for any other error. */
export function violatedUniqueConstraint(error: unknown): string | null {
  const pgError = error as { code?: string; constraint?: string } | null;
  if (pgError?.code === "23505") return pgError.constraint ?? "unknown";
  if (pgError?.code !== "P2002") return null;
  const message = causeOf(error)?.originalMessage ?? "";
  return /unique constraint "([^"]+)"/.exec(message)?.[1] ?? "unknown";
}

/** True for failures a retry of the whole transaction can resolve (serialization, deadlock). */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2034" || code === "40001" || code === "40P01") return true;
  const original = causeOf(error)?.originalCode;
  return original === "40001" || original === "40P01";
}

const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNREACHABLE_MESSAGE =
  /Connection terminated|ECONNREFUSED|ECONNRESET|EPIPE|closed the connection|Connection ended|timeout exceeded when trying to connect|terminating connection|database system is (shutting down|starting up)/i;

type ErrorNode = {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
};

/** True for a SQLSTATE of class 08 (connection) or 57P (shutdown), or too many connections. */
const isUnreachableState = (state: unknown) =>
  typeof state === "string" && (/^(08|57P)/.test(state) || state === "53300");

/**
 * True when the database could not be reached or dropped the connection (restart, failover,
 * overload): nothing was committed, and the same request can simply be sent again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const pending: unknown[] = [error];
  for (let seen = 0; pending.length > 0 && seen < 10; seen++) {
    const node = pending.shift() as ErrorNode | null;
    if (!node || typeof node !== "object") continue;
    if (typeof node.code === "string" && UNREACHABLE_PRISMA_CODES.has(node.code)) return true;
    if (typeof node.code === "string" && UNREACHABLE_SOCKET_CODES.has(node.code)) return true;
    if (isUnreachableState(node.code) || isUnreachableState(node.originalCode)) return true;
    if (typeof node.kind === "string" && UNREACHABLE_KINDS.has(node.kind)) return true;
    if (typeof node.message === "string" && UNREACHABLE_MESSAGE.test(node.message)) return true;
    pending.push(node.cause, causeOf(node));
  }
  return false;
}
