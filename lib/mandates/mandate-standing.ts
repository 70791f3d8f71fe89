/** How a member's mandate stands: given one way or the other, or missing. */
export type MandateStanding = "upload" | "confirmation" | "missing";

/**
 * A mandate counts while it names the member's ombud and substitute of the moment; naming another
 * person afterwards needs a new one.
 */
export function mandateStanding(
  mandate: { kind: "upload" | "confirmation"; ombudId: string | null; substituteId: string | null } | null,
  ombud: { id: string } | null,
  substitute: { id: string } | null,
): MandateStanding {
  if (!mandate || !ombud) return "missing";
  if (mandate.ombudId !== ombud.id || mandate.substituteId !== (substitute?.id ?? null)) return "missing";
  return mandate.kind;
}
