import { checkDatabase } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and operators. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "up" : "down" },
    { status: database ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
