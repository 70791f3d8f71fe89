// An organisation in the association's member register, as an association administrator edits it.
import { z } from "zod";
import { requiredText } from "./fields";

/** A Swedish organisation number's ten digits pass the Luhn check (the last digit is its control). */
export function isOrganisationNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 10; index++) {
    let value = Number(digits[index]) * (index % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const organisationInput = z
  .object({
    name: requiredText(200),
    // "212000-2411" or "2120002411"; kept as "212000-2411". Empty: not known yet.
    orgNumber: z
      .string()
      .trim()
      .transform((value) => value.replace(/[\s-]/g, ""))
      .refine((value) => value === "" || isOrganisationNumber(value), "orgNumber")
      .transform((value) => (value === "" ? null : `${value.slice(0, 6)}-${value.slice(6)}`)),
    isMember: z.boolean(),
    votes: z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(20, "invalid"),
    // The member's own mail domains, one per line or separated by commas or spaces.
    emailDomains: z
      .string()
      .transform((value) => [
        ...new Set(
          value
            .toLowerCase()
            .split(/[\s,;]+/)
            .map((domain) => domain.replace(/^@/, ""))
            .filter(Boolean),
        ),
      ])
      .refine((domains) => domains.length <= 10, "tooManyDomains")
      .refine((domains) => domains.every((domain) => DOMAIN.test(domain)), "emailDomain"),
  })
  .refine((input) => input.isMember || input.votes === 0, { path: ["votes"], message: "observerVotes" });

export type OrganisationInput = z.infer<typeof organisationInput>;
