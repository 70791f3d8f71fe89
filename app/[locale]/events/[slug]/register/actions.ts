"use server";

// Entry points of the registration form's steps: read the form, validate the step with the shared
// schema, save the draft through its service, then go on to the next step or send errors back.
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { z } from "zod";
import { parseInput } from "@/lib/actions/admin-action";
import { runFormAction } from "@/lib/actions/form-action";
import type { RegistrationStep, StepState } from "@/lib/actions/form-state";
import { AppError, type FieldIssue } from "@/lib/errors";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { clientAddress } from "@/lib/http/client-address";
import { redirect } from "next/navigation";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { idParam, localeParam, slugParam } from "@/lib/actions/action-input";
import { DIET_CHOICES } from "@/lib/registrations/diet-choices";
import type { FormInput } from "@/lib/validation/form-input";
import { blankDelegate, emptyDraftData, type DraftData } from "@/lib/registration-drafts/draft-data";
import { checkDraftEmails, checkDraftSignups } from "@/lib/registration-drafts/check-draft-signups";
import { checkDraftStays } from "@/lib/registration-drafts/check-draft-stays";
import { readStayFields } from "@/lib/stay/stay-values";
import {
  getRegistrationDraft,
  type RegistrationDraftView,
} from "@/lib/registration-drafts/get-registration-draft";
import {
  createRegistrationDraft,
  saveRegistrationDraft,
} from "@/lib/registration-drafts/save-registration-draft";
import { submitRegistrationDraft } from "@/lib/registration-drafts/submit-registration-draft";
import { toFieldIssues } from "@/lib/validation/field-errors";
import { findInvitation } from "@/lib/invitations/find-invitation";
import {
  contactDetails,
  delegateDetails,
  delegateNeeds,
  MAX_ACTIVITY_CHOICES,
  MAX_DELEGATES,
  organisationChoice,
} from "@/lib/validation/registration";

export type StepTarget = { locale: AppLocale; slug: string; draftId?: string };

const stepTarget = z.object({ locale: localeParam, slug: slugParam, draftId: idParam.optional() });
const draftTarget = stepTarget.required({ draftId: true });

/** Continues at a path of the form, in the reader's language (Next.js redirect: never returns). */
function go(target: StepTarget, href: string): never {
  redirect(getPathname({ href, locale: target.locale }));
}

function stepHref(target: StepTarget, draftId: string, step: RegistrationStep | "confirmation") {
  return `/events/${target.slug}/register/${draftId}/${step}`;
}

/** The draft a step is bound to; a missing one is a message on the form, never an error page. */
async function loadDraft(target: StepTarget, options: { submitted: boolean } = { submitted: false }) {
  if (!target.draftId) return null;
  const draft = await getRegistrationDraft(target.draftId, target.slug);
  if (!draft || (draft.registrationId && !options.submitted))
    throw new AppError("not_found", "draft missing or already submitted");
  return draft;
}

/** The issues a step found: shown at their fields, with links to the step each is on. */
function refuse(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppError("validation", "step", issues);
}

/**
 * A step on the one path of every action (runFormAction): the bound target is parsed and the
 * draft loaded before the form is read, so nothing posted is looked at for a draft that does not
 * exist. The step's work saves the draft and says where the form goes next.
 */
async function runStep<Target extends StepTarget>(spec: {
  target: z.ZodType<Target>;
  rawTarget: unknown;
  previous: StepState;
  form: FormData;
  step: RegistrationStep;
  draft?: (target: Target) => Promise<RegistrationDraftView | null>;
  read: (input: FormInput, draft: RegistrationDraftView | null) => DraftData;
  work: (context: {
    target: Target;
    draft: RegistrationDraftView | null;
    values: DraftData;
    input: FormInput;
  }) => Promise<string>;
}): Promise<StepState> {
  const outcome = await runFormAction({
    target: spec.target,
    rawTarget: spec.rawTarget,
    previous: spec.previous,
    form: spec.form,
    authorise: spec.draft ?? ((target) => loadDraft(target)),
    read: spec.read,
    context: async (target, values) => ({
      event: await getPublicEvent(target.slug),
      delegateNames: values.delegates.map((delegate) => delegate.name),
      steps: {
        current: spec.step,
        url: (other) =>
          getPathname({ href: stepHref(target, target.draftId ?? "", other), locale: target.locale }),
      },
    }),
    work: ({ target, access, values, input }) => spec.work({ target, draft: access, values, input }),
  });
  if (!outcome.ok) return outcome.state;
  go(outcome.target, outcome.result);
}

export async function saveOrganisationStep(
  rawTarget: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  return runStep({
    target: stepTarget,
    rawTarget,
    previous,
    form,
    step: "organisation",
    read: (input, draft) => {
      const kind = input.text("organisation.kind");
      return {
        ...(draft?.data ?? emptyDraftData()),
        organisation: {
          kind: kind === "member" || kind === "observer" ? kind : undefined,
          id: input.text("organisation.id"),
          name: input.text("organisation.name"),
        },
        contact: {
          name: input.text("contact.name"),
          email: input.text("contact.email"),
          phone: input.text("contact.phone"),
        },
        contactIsDelegate: input.checked("contactIsDelegate"),
        invitationToken: input.text("invitationToken") || draft?.data.invitationToken || null,
      };
    },
    work: async ({ target, draft, values }) => {
      const { contact } = parseInput(
        z.object({ organisation: organisationChoice, contact: contactDetails }),
        {
          organisation: { ...values.organisation, kind: values.organisation.kind },
          contact: values.contact,
        },
      );
      // The invitation is checked where the organisation is chosen: a link for another organisation
      // is said here, and one that is not (or no longer) valid is dropped, as if opened without it.
      const invitation = await findInvitation(target.slug, values.invitationToken);
      values.invitationToken = invitation ? values.invitationToken : null;
      if (invitation) {
        const chosen =
          values.organisation.kind === "member"
            ? values.organisation.id === invitation.organisationId
            : values.organisation.name.trim().toLowerCase() === invitation.organisationName.toLowerCase();
        if (!chosen) {
          const field = values.organisation.kind === "observer" ? "organisation.name" : "organisation.id";
          refuse([
            { field, code: "invitationOtherOrganisation", params: { name: invitation.organisationName } },
          ]);
        }
      }
      const alreadyListed = values.delegates.some(
        (delegate) => delegate.email.trim().toLowerCase() === contact.email,
      );
      if (values.contactIsDelegate && !alreadyListed) {
        values.delegates = [
          blankDelegate(randomUUID(), { name: contact.name, email: contact.email, phone: contact.phone }),
          ...values.delegates,
        ];
      } else if (values.delegates.length === 0) {
        // The next page opens on a first delegate to fill in, not on an empty list and a button.
        values.delegates = [blankDelegate(randomUUID())];
      }
      let draftId = draft?.id;
      if (draftId) await saveRegistrationDraft(draftId, values);
      else
        draftId = await createRegistrationDraft(
          target.slug,
          target.locale,
          values,
          clientAddress(await headers()),
        );
      return stepHref(target, draftId, "delegates");
    },
  });
}

// Delegates are known by keys the server gave them; a posted key it did not give is dropped.
function readDelegates(input: FormInput, base: DraftData): DraftData["delegates"] {
  const keys = input.all("delegateKey", MAX_DELEGATES);
  return keys.flatMap((key, index) => {
    const existing = base.delegates.find((delegate) => delegate.key === key);
    if (!existing || keys.indexOf(key) !== index) return [];
    return [
      blankDelegate(key, {
        ...existing,
        name: input.text(`delegates.${index}.name`),
        email: input.text(`delegates.${index}.email`),
        title: input.text(`delegates.${index}.title`),
        phone: input.text(`delegates.${index}.phone`),
      }),
    ];
  });
}

export async function saveDelegatesStep(
  rawTarget: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  return runStep({
    target: draftTarget,
    rawTarget,
    previous,
    form,
    step: "delegates",
    read: (input, draft) => ({ ...draft!.data, delegates: readDelegates(input, draft!.data) }),
    work: async ({ target, draft, values, input }) => {
      const intent = input.text("intent");
      if (intent === "add" || intent.startsWith("remove:")) {
        // Adding or removing keeps whatever was typed, valid or not; "Continue" is where it is checked.
        const key = intent.slice("remove:".length);
        if (intent === "add" && values.delegates.length >= MAX_DELEGATES) {
          await saveRegistrationDraft(draft!.id, values);
          refuse([{ field: "delegates", code: "tooManyDelegates", params: { max: MAX_DELEGATES } }]);
        }
        if (intent === "add") values.delegates.push(blankDelegate(randomUUID()));
        else values.delegates = values.delegates.filter((delegate) => delegate.key !== key);
        if (
          values.votingDelegateKey &&
          !values.delegates.some((delegate) => delegate.key === values.votingDelegateKey)
        ) {
          values.votingDelegateKey = null;
        }
        await saveRegistrationDraft(draft!.id, values);
        const focus = intent === "add" ? `?focus=${values.delegates.at(-1)!.key}` : "";
        return `${stepHref(target, draft!.id, "delegates")}${focus}`;
      }
      const parsed = z.array(delegateDetails).min(1, "addDelegate").safeParse(values.delegates).error;
      const issues: FieldIssue[] = parsed
        ? toFieldIssues(parsed).map((issue) => ({
            ...issue,
            field: issue.field ? `delegates.${issue.field}` : "delegates",
          }))
        : [];
      const emails = values.delegates.map((delegate) => delegate.email.trim().toLowerCase());
      emails.forEach((email, index) => {
        if (email && emails.indexOf(email) !== index)
          issues.push({ field: `delegates.${index}.email`, code: "duplicateEmail" });
      });
      await saveRegistrationDraft(draft!.id, values);
      // Addresses already registered are flagged here, where they are typed, not at the last step.
      if (issues.length === 0) issues.push(...(await checkDraftEmails(target.slug, values)));
      refuse(issues);
      return stepHref(target, draft!.id, "choices");
    },
  });
}

export async function saveChoicesStep(
  rawTarget: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  return runStep({
    target: draftTarget,
    rawTarget,
    previous,
    form,
    step: "choices",
    read: (input, draft) => {
      const { data } = draft!;
      const voting = input.text("votingDelegateKey");
      return {
        ...data,
        delegates: data.delegates.map((delegate, index) => ({
          ...delegate,
          activityIds: input.all(`delegates.${index}.activityIds`, MAX_ACTIVITY_CHOICES),
        })),
        votingDelegateKey: data.delegates.some((delegate) => delegate.key === voting) ? voting : null,
      };
    },
    work: async ({ target, draft, values }) => {
      await saveRegistrationDraft(draft!.id, values);
      const issues: FieldIssue[] = values.delegates.flatMap((delegate, index) =>
        delegate.activityIds.length === 0
          ? [{ field: `delegates.${index}.activityIds`, code: "chooseActivity" as const }]
          : [],
      );
      issues.push(...(await checkDraftSignups(target.slug, values, "choices", target.locale)));
      refuse(issues);
      return stepHref(target, draft!.id, "needs");
    },
  });
}

export async function saveNeedsStep(
  rawTarget: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  return runStep({
    target: draftTarget,
    rawTarget,
    previous,
    form,
    step: "needs",
    read: (input, draft) => ({
      ...draft!.data,
      delegates: draft!.data.delegates.map((delegate, index) => {
        const prefix = `delegates.${index}`;
        return {
          ...delegate,
          dietChoices: input.all(`${prefix}.dietChoices`, DIET_CHOICES.length),
          dietOther: input.text(`${prefix}.dietOther`),
          allergies: input.text(`${prefix}.allergies`),
          accessibilityNeeds: input.text(`${prefix}.accessibilityNeeds`),
          answers: input.answers(`${prefix}.`),
          stay: readStayFields(input, `${prefix}.stay.`),
        };
      }),
    }),
    work: async ({ target, draft, values }) => {
      await saveRegistrationDraft(draft!.id, values);
      const issues: FieldIssue[] = values.delegates.flatMap((delegate, index) => {
        const result = delegateNeeds.safeParse(delegate);
        return result.success
          ? []
          : toFieldIssues(result.error).map((issue) => ({
              ...issue,
              field: `delegates.${index}.${issue.field}`,
            }));
      });
      issues.push(...(await checkDraftSignups(target.slug, values, "needs", target.locale)));
      issues.push(...(await checkDraftStays(draft!.eventId, values)));
      refuse(issues);
      return stepHref(target, draft!.id, "review");
    },
  });
}

export async function submitReviewStep(
  rawTarget: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  return runStep({
    target: draftTarget,
    rawTarget,
    previous,
    form,
    step: "review",
    // A second click after the registration went through lands on the same confirmation.
    draft: (target) => loadDraft(target, { submitted: true }),
    read: (input, draft) => {
      const listed = new Set(input.all("listConsent", MAX_DELEGATES));
      return {
        ...draft!.data,
        privacyConsent: input.checked("privacyConsent"),
        delegates: draft!.data.delegates.map((delegate) => ({
          ...delegate,
          listConsent: listed.has(delegate.key),
        })),
      };
    },
    work: async ({ target, draft, values }) => {
      if (!draft!.registrationId) {
        await saveRegistrationDraft(draft!.id, values);
        await submitRegistrationDraft(
          { ...draft!, data: values },
          target.locale,
          clientAddress(await headers()),
        );
      }
      return stepHref(target, draft!.id, "confirmation");
    },
  });
}
