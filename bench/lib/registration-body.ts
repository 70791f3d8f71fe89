// The registration the benches post: `delegates` delegates (3 by default) from a member
// municipality, each with the same activities. Every body is new, so each one is a real insert.
let sequence = 0;

export function registrationBenchBody(
  members: string[],
  activities: string[],
  answers: Record<string, unknown> = {},
  delegates = 3,
): string {
  const n = ++sequence;
  const tag = `${process.pid}-${n}`;
  return JSON.stringify({
    idempotencyKey: `bench-${tag}`,
    organisation: { kind: "member", id: members[n % members.length] },
    contact: { name: `Kontakt ${n}`, email: `kontakt-${tag}@bench.example.se`, phone: "070-000 00 00" },
    privacyConsent: true,
    delegates: Array.from({ length: delegates }, (_, person) => ({
      name: `Delegat ${n}-${person}`,
      email: `delegat-${tag}-${person}@bench.example.se`,
      title: "Provare",
      activityIds: activities,
      answers,
    })),
  });
}
