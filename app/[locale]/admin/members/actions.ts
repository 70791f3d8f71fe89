"use server";

// Entry points of the member register: parse the bound target, check that an association
// administrator asks, then read and validate the form and save; on success the register opens.
import { redirect } from "next/navigation";
import { z } from "zod";
import { parseInput, type ActionState } from "@/lib/actions/admin-action";
import { idParam, localeParam } from "@/lib/actions/action-input";
import { runFormAction } from "@/lib/actions/form-action";
import { getStaff, requireAssociationAdmin } from "@/lib/auth/staff-session";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { saveOrganisation } from "@/lib/organisations/save-organisation";
import { addMemberContact } from "@/lib/organisations/add-member-contact";
import { applyRegisterImport } from "@/lib/organisations/apply-register-import";
import { removeMemberContact } from "@/lib/organisations/remove-member-contact";
import { organisationInput } from "@/lib/validation/organisation";
import { memberContactInput } from "@/lib/validation/member-contact";

export type RegisterTarget = { locale: AppLocale; id?: string };

const registerTarget = z.object({ locale: localeParam, id: idParam.optional() });

export async function saveRegisterOrganisation(
  target: RegisterTarget,
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const outcome = await runFormAction({
    target: registerTarget,
    rawTarget: target,
    previous,
    form,
    fieldErrors: true,
    authorise: async () => requireAssociationAdmin(await getStaff()),
    work: async ({ target, access, input }) =>
      saveOrganisation(
        access,
        parseInput(organisationInput, {
          name: input.text("name"),
          orgNumber: input.text("orgNumber"),
          isMember: input.checked("isMember"),
          votes: input.text("votes"),
          emailDomains: input.text("emailDomains"),
        }),
        target.id,
      ),
  });
  if (!outcome.ok) return outcome.state;
  const done = outcome.target.id ? "saved" : "added";
  redirect(getPathname({ href: `/admin/members?done=${done}`, locale: outcome.target.locale }));
}

const contactsTarget = z.object({ locale: localeParam, id: idParam });
const contactTarget = contactsTarget.extend({ contactId: idParam });

function toContacts(target: { locale: AppLocale; id: string }, done: "added" | "removed"): never {
  redirect(getPathname({ href: `/admin/members/${target.id}/contacts?done=${done}`, locale: target.locale }));
}

export async function addContactAction(
  target: { locale: AppLocale; id: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const outcome = await runFormAction({
    target: contactsTarget,
    rawTarget: target,
    previous,
    form,
    fieldErrors: true,
    authorise: async () => requireAssociationAdmin(await getStaff()),
    work: async ({ target, access, input }) =>
      addMemberContact(
        access,
        target.id,
        parseInput(memberContactInput, {
          name: input.text("name"),
          email: input.text("email"),
          locale: input.text("locale"),
        }),
      ),
  });
  if (!outcome.ok) return outcome.state;
  toContacts(outcome.target, "added");
}

export async function removeContactAction(
  target: { locale: AppLocale; id: string; contactId: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const outcome = await runFormAction({
    target: contactTarget,
    rawTarget: target,
    previous,
    form,
    authorise: async () => requireAssociationAdmin(await getStaff()),
    work: async ({ target, access }) => removeMemberContact(access, target.id, target.contactId),
  });
  if (!outcome.ok) return outcome.state;
  toContacts(outcome.target, "removed");
}

const importTarget = z.object({ locale: localeParam, id: idParam });

/** Imports the rows of a preview that had no errors; the register opens with what happened. */
export async function applyImportAction(
  target: { locale: AppLocale; id: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let counts = { added: 0, updated: 0, contacts: 0 };
  const outcome = await runFormAction({
    target: importTarget,
    rawTarget: target,
    previous,
    form,
    authorise: async () => requireAssociationAdmin(await getStaff()),
    work: async ({ target, access }) => {
      counts = await applyRegisterImport(access, target.id);
    },
  });
  if (!outcome.ok) return outcome.state;
  const query = new URLSearchParams({
    done: "imported",
    ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, String(v)])),
  });
  redirect(getPathname({ href: `/admin/members?${query}`, locale: outcome.target.locale }));
}
