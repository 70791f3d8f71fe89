// Reading PostgreSQL's answer out of Prisma errors raised through the pg driver adapter.

type AdapterCause = { originalCode?: string; originalMessage?: string };

function causeOf(error: unknown): AdapterCause | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } } | null)?.meta;
  return meta?.driverAdapterError?.cause;
}

/** The name of the unique constraint or index a write violated, or null for any other error. */
export function violatedUniqueConstraint(error: unknown): string | null {
  if ((error as { code?: string } | null)?.code !== "P2002") return null;
  const message = causeOf(error)?.originalMessage ?? "";
  return /unique constraint "([^"]+)"/.exec(message)?.[1] ?? "unknown";
}

/** True for failures a retry of the whole transaction can resolve (serialization, deadlock). */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2034") return true;
  const original = causeOf(error)?.originalCode;
  return original === "40001" || original === "40P01";
}
