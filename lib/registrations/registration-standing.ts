// Who may speak for an organisation. A registration speaks for it at once when it came through
// one of the organisation's invitation links for this meeting and, where the register knows the
// organisation's mail domains, from an address in one of them. Anything else is pending: it is
// kept whole, but gives no vote and no members-only place until staff approve it.

export const PENDING_REASONS = ["new_organisation", "no_invitation", "outside_domains"] as const;
export type PendingReason = (typeof PENDING_REASONS)[number];

export type RegistrationStanding =
  { approval: "approved"; reasons: [] } | { approval: "pending"; reasons: PendingReason[] };

/** Whether an address is at one of these domains or a subdomain of one ("x@it.lulea.se" is at "lulea.se"). */
export function addressInDomains(email: string, domains: readonly string[]): boolean {
  const at = email.lastIndexOf("@");
  if (at === -1) return false;
  const host = email.slice(at + 1).toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export function registrationStanding(input: {
  organisation: { emailDomains: readonly string[] };
  /** True when the organisation was first named by this registration (not in the register). */
  isNewOrganisation: boolean;
  /** True when the registration came with an invitation of this organisation to this meeting. */
  invited: boolean;
  contactEmail: string;
}): RegistrationStanding {
  const reasons: PendingReason[] = [];
  if (input.isNewOrganisation) reasons.push("new_organisation");
  else if (!input.invited) reasons.push("no_invitation");
  const domains = input.organisation.emailDomains;
  if (domains.length > 0 && !addressInDomains(input.contactEmail, domains)) reasons.push("outside_domains");
  return reasons.length === 0 ? { approval: "approved", reasons: [] } : { approval: "pending", reasons };
}

/** The reasons in their fixed order, each in words, joined as the language joins a list. */
export function describePendingReasons(
  reasons: readonly string[],
  locale: "sv" | "en",
  words: (reason: PendingReason) => string,
): string {
  return new Intl.ListFormat(locale).format(
    PENDING_REASONS.filter((reason) => reasons.includes(reason)).map(words),
  );
}
