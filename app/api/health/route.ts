import { checkDatabase } from "@/lib/health/check-database";
import { prototypePollution } from "@/lib/security/prototype-guard";

export const dynamic = "force-dynamic";

/**
 * Liveness, database reachability and the process's integrity, for load balancers and operators.
 * A process whose Object.prototype was changed is unhealthy: a supervisor should replace it.
 */
export async function GET() {
  const database = await checkDatabase();
  const intact = prototypePollution().length === 0;
  const ok = database && intact;
  return Response.json(
    {
      status: ok ? "ok" : "unavailable",
      database: database ? "up" : "down",
      ...(intact ? {} : { integrity: "prototype-changed" }),
    },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
