"use server";

// Entry points of the registration form's steps: read the form, validate the step with the shared
// schema, save the draft through its service, then go on to the next step or send errors back.
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { z } from "zod";
import { fieldFailure, formFailure } from "@/lib/actions/form-failures";
import type { RegistrationStep, StepState } from "@/lib/actions/form-state";
import { AppError, isAppError, type FieldIssue } from "@/lib/errors";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { clientAddress } from "@/lib/http/client-address";
import { redirect } from "next/navigation";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { idParam, localeParam, parseTarget, slugParam, targetLocale } from "@/lib/actions/action-input";
import { DIET_CHOICES } from "@/lib/registrations/diet-choices";
import { FormInput } from "@/lib/validation/form-input";
import { blankDelegate, emptyDraftData, type DraftData } from "@/lib/registration-drafts/draft-data";
import { checkDraftEmails, checkDraftSignups } from "@/lib/registration-drafts/check-draft-signups";
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
type DraftTarget = z.infer<typeof draftTarget>;

/** A step's answer to a target no page binds: the form's generic not-found message. */
function badTarget(target: unknown, previous: StepState, error: unknown) {
  return formFailure(targetLocale(target), previous, emptyDraftData(), error);
}

/** Continues at a path of the form, in the reader's language (Next.js redirect: never returns). */
function go(target: StepTarget, href: string): never {
  redirect(getPathname({ href, locale: target.locale }));
}

function stepHref(target: StepTarget, draftId: string, step: RegistrationStep | "confirmation") {
  return `/events/${target.slug}/register/${draftId}/${step}`;
}

async function failure(
  target: StepTarget,
  step: RegistrationStep,
  previous: StepState,
  values: DraftData,
  issues: FieldIssue[],
): Promise<StepState> {
  return fieldFailure({
    locale: target.locale,
    event: await getPublicEvent(target.slug),
    previous,
    values,
    issues,
    delegateNames: values.delegates.map((delegate) => delegate.name),
    steps: {
      current: step,
      url: (other) =>
        getPathname({ href: stepHref(target, target.draftId ?? "", other), locale: target.locale }),
    },
  });
}

async function loadDraft(target: DraftTarget) {
  const draft = await getRegistrationDraft(target.draftId, target.slug);
  if (!draft || draft.registrationId) throw new AppError("not_found", "draft missing or already submitted");
  return draft;
}

/**
 * Runs a step: the bound target is parsed and the draft loaded before the form is read, so nothing
 * posted is looked at for a draft that does not exist; a missing draft or a bad form is a message
 * on the form, never an error page.
 */
async function withDraft(
  rawTarget: unknown,
  previous: StepState,
  form: FormData,
  step: (target: DraftTarget, draft: RegistrationDraftView, input: FormInput) => Promise<StepState>,
): Promise<StepState> {
  let target: DraftTarget;
  let draft: RegistrationDraftView;
  let input: FormInput;
  try {
    target = parseTarget(draftTarget, rawTarget);
    draft = await loadDraft(target);
    input = new FormInput(form);
  } catch (error) {
    return badTarget(rawTarget, previous, error);
  }
  return step(target, draft, input);
}

export async function saveOrganisationStep(
  rawTarget: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  let target: StepTarget;
  let draft: RegistrationDraftView | null = null;
  let input: FormInput;
  try {
    target = parseTarget(stepTarget, rawTarget);
    if (target.draftId) draft = await loadDraft({ ...target, draftId: target.draftId });
    input = new FormInput(form);
  } catch (error) {
    return badTarget(rawTarget, previous, error);
  }
  const base = draft?.data ?? emptyDraftData();
  const kind = input.text("organisation.kind");
  const values: DraftData = {
    ...base,
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
  };
  const parsed = z.object({ organisation: organisationChoice, contact: contactDetails }).safeParse({
    organisation: { ...values.organisation, kind: values.organisation.kind },
    contact: values.contact,
  });
  if (!parsed.success) return failure(target, "organisation", previous, values, toFieldIssues(parsed.error));

  const contact = parsed.data.contact;
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
  try {
    if (draftId) await saveRegistrationDraft(draftId, values);
    else
      draftId = await createRegistrationDraft(
        target.slug,
        target.locale,
        values,
        clientAddress(await headers()),
      );
  } catch (error) {
    return formFailure(target.locale, previous, values, error);
  }
  go(target, stepHref(target, draftId, "delegates"));
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
  target: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  return withDraft(target, previous, form, (target, draft, input) =>
    saveDelegates(target, previous, draft, input),
  );
}

async function saveDelegates(
  target: DraftTarget,
  previous: StepState,
  draft: RegistrationDraftView,
  input: FormInput,
): Promise<StepState> {
  const values: DraftData = { ...draft.data, delegates: readDelegates(input, draft.data) };
  const intent = input.text("intent");
  const here = stepHref(target, draft.id, "delegates");

  if (intent === "add" || intent.startsWith("remove:")) {
    // Adding or removing keeps whatever was typed, valid or not; "Continue" is where it is checked.
    const key = intent.slice("remove:".length);
    if (intent === "add" && values.delegates.length >= MAX_DELEGATES) {
      await saveRegistrationDraft(draft.id, values);
      return failure(target, "delegates", previous, values, [
        { field: "delegates", code: "tooManyDelegates", params: { max: MAX_DELEGATES } },
      ]);
    }
    if (intent === "add") values.delegates.push(blankDelegate(randomUUID()));
    else values.delegates = values.delegates.filter((delegate) => delegate.key !== key);
    if (
      values.votingDelegateKey &&
      !values.delegates.some((delegate) => delegate.key === values.votingDelegateKey)
    ) {
      values.votingDelegateKey = null;
    }
    await saveRegistrationDraft(draft.id, values);
    const focus = intent === "add" ? `?focus=${values.delegates.at(-1)!.key}` : "";
    go(target, `${here}${focus}`);
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
  await saveRegistrationDraft(draft.id, values);
  // Addresses already registered are flagged here, where they are typed, not at the last step.
  if (issues.length === 0) issues.push(...(await checkDraftEmails(target.slug, values)));
  if (issues.length > 0) return failure(target, "delegates", previous, values, issues);
  go(target, stepHref(target, draft.id, "choices"));
}

export async function saveChoicesStep(
  rawTarget: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  return withDraft(rawTarget, previous, form, async (target, draft, input) => {
    const voting = input.text("votingDelegateKey");
    const values: DraftData = {
      ...draft.data,
      delegates: draft.data.delegates.map((delegate, index) => ({
        ...delegate,
        activityIds: input.all(`delegates.${index}.activityIds`, MAX_ACTIVITY_CHOICES),
      })),
      votingDelegateKey: draft.data.delegates.some((delegate) => delegate.key === voting) ? voting : null,
    };
    await saveRegistrationDraft(draft.id, values);
    const issues: FieldIssue[] = values.delegates.flatMap((delegate, index) =>
      delegate.activityIds.length === 0
        ? [{ field: `delegates.${index}.activityIds`, code: "chooseActivity" as const }]
        : [],
    );
    issues.push(...(await checkDraftSignups(target.slug, values, "choices", target.locale)));
    if (issues.length > 0) return failure(target, "choices", previous, values, issues);
    go(target, stepHref(target, draft.id, "needs"));
  });
}

export async function saveNeedsStep(
  rawTarget: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  return withDraft(rawTarget, previous, form, async (target, draft, input) => {
    const values: DraftData = {
      ...draft.data,
      delegates: draft.data.delegates.map((delegate, index) => {
        const prefix = `delegates.${index}`;
        return {
          ...delegate,
          dietChoices: input.all(`${prefix}.dietChoices`, DIET_CHOICES.length),
          dietOther: input.text(`${prefix}.dietOther`),
          allergies: input.text(`${prefix}.allergies`),
          accessibilityNeeds: input.text(`${prefix}.accessibilityNeeds`),
          answers: input.answers(`${prefix}.`),
        };
      }),
    };
    await saveRegistrationDraft(draft.id, values);
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
    if (issues.length > 0) return failure(target, "needs", previous, values, issues);
    go(target, stepHref(target, draft.id, "review"));
  });
}

export async function submitReviewStep(
  rawTarget: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  let target: DraftTarget;
  let draft: RegistrationDraftView | null;
  try {
    target = parseTarget(draftTarget, rawTarget);
    draft = await getRegistrationDraft(target.draftId, target.slug);
  } catch (error) {
    return badTarget(rawTarget, previous, error);
  }
  if (!draft)
    return formFailure(target.locale, previous, emptyDraftData(), new AppError("not_found", "draft missing"));
  // A second click after the registration went through lands on the same confirmation.
  if (draft.registrationId) go(target, stepHref(target, draft.id, "confirmation"));
  let input: FormInput;
  try {
    input = new FormInput(form);
  } catch (error) {
    return formFailure(target.locale, previous, draft.data, error);
  }
  const listed = new Set(input.all("listConsent", MAX_DELEGATES));
  const values: DraftData = {
    ...draft.data,
    privacyConsent: input.checked("privacyConsent"),
    delegates: draft.data.delegates.map((delegate) => ({
      ...delegate,
      listConsent: listed.has(delegate.key),
    })),
  };
  await saveRegistrationDraft(draft.id, values);
  try {
    await submitRegistrationDraft({ ...draft, data: values }, target.locale, clientAddress(await headers()));
  } catch (error) {
    if (isAppError(error) && error.fields.length > 0)
      return failure(target, "review", previous, values, error.fields);
    return formFailure(target.locale, previous, values, error);
  }
  go(target, stepHref(target, draft.id, "confirmation"));
}
