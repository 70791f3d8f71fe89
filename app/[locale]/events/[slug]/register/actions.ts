"use server";

// Entry points of the registration form's steps: read the form, validate the step with the shared
// schema, save the draft through its service, then go on to the next step or send errors back.
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { z } from "zod";
import { fieldFailure, formFailure } from "@/components/registration/form-failures";
import type { RegistrationStep, StepState } from "@/components/registration/form-state";
import { AppError, isAppError, type FieldIssue } from "@/lib/errors";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { clientAddress } from "@/lib/http/client-address";
import { redirect } from "next/navigation";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { blankDelegate, emptyDraftData, type DraftData } from "@/lib/registration-drafts/draft-data";
import { checkDraftSignups } from "@/lib/registration-drafts/check-draft-signups";
import { getRegistrationDraft } from "@/lib/registration-drafts/get-registration-draft";
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
  organisationChoice,
} from "@/lib/validation/registration";

export type StepTarget = { locale: AppLocale; slug: string; draftId?: string };

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const all = (form: FormData, name: string) => form.getAll(name).map(String);

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

async function loadDraft(target: StepTarget) {
  const draft = target.draftId ? await getRegistrationDraft(target.draftId, target.slug) : null;
  if (target.draftId && (!draft || draft.registrationId)) {
    throw new AppError("not_found", "draft missing or already submitted");
  }
  return draft;
}

export async function saveOrganisationStep(
  target: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  const draft = await loadDraft(target).catch(() => null);
  const base = draft?.data ?? emptyDraftData();
  const kind = text(form, "organisation.kind");
  const values: DraftData = {
    ...base,
    organisation: {
      kind: kind === "member" || kind === "observer" ? kind : undefined,
      id: text(form, "organisation.id"),
      name: text(form, "organisation.name"),
    },
    contact: {
      name: text(form, "contact.name"),
      email: text(form, "contact.email"),
      phone: text(form, "contact.phone"),
    },
    contactIsDelegate: form.get("contactIsDelegate") === "yes",
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
    else draftId = await createRegistrationDraft(target.slug, target.locale, values);
  } catch (error) {
    return formFailure(target.locale, previous, values, error);
  }
  go(target, stepHref(target, draftId, "delegates"));
}

function readDelegates(form: FormData, base: DraftData): DraftData["delegates"] {
  const keys = all(form, "delegateKey");
  return keys.map((key, index) => {
    const existing = base.delegates.find((delegate) => delegate.key === key);
    return blankDelegate(key, {
      ...existing,
      name: text(form, `delegates.${index}.name`),
      email: text(form, `delegates.${index}.email`),
      title: text(form, `delegates.${index}.title`),
      phone: text(form, `delegates.${index}.phone`),
    });
  });
}

export async function saveDelegatesStep(
  target: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  const draft = await loadDraft(target);
  const values: DraftData = { ...draft!.data, delegates: readDelegates(form, draft!.data) };
  const intent = text(form, "intent");
  const here = stepHref(target, draft!.id, "delegates");

  if (intent === "add" || intent.startsWith("remove:")) {
    // Adding or removing keeps whatever was typed, valid or not; "Continue" is where it is checked.
    const key = intent.slice("remove:".length);
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
  await saveRegistrationDraft(draft!.id, values);
  if (issues.length > 0) return failure(target, "delegates", previous, values, issues);
  go(target, stepHref(target, draft!.id, "choices"));
}

export async function saveChoicesStep(
  target: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  const draft = await loadDraft(target);
  const voting = text(form, "votingDelegateKey");
  const values: DraftData = {
    ...draft!.data,
    delegates: draft!.data.delegates.map((delegate, index) => ({
      ...delegate,
      activityIds: all(form, `delegates.${index}.activityIds`),
    })),
    votingDelegateKey: draft!.data.delegates.some((delegate) => delegate.key === voting) ? voting : null,
  };
  await saveRegistrationDraft(draft!.id, values);
  const issues: FieldIssue[] = values.delegates.flatMap((delegate, index) =>
    delegate.activityIds.length === 0
      ? [{ field: `delegates.${index}.activityIds`, code: "chooseActivity" as const }]
      : [],
  );
  issues.push(...(await checkDraftSignups(target.slug, values, "choices", target.locale)));
  if (issues.length > 0) return failure(target, "choices", previous, values, issues);
  go(target, stepHref(target, draft!.id, "needs"));
}

export async function saveNeedsStep(
  target: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  const draft = await loadDraft(target);
  const values: DraftData = {
    ...draft!.data,
    delegates: draft!.data.delegates.map((delegate, index) => {
      const prefix = `delegates.${index}`;
      const answers: Record<string, Record<string, string>> = {};
      for (const [name, value] of form.entries()) {
        const match = new RegExp(`^${prefix}\\.answers\\.([^.]+)\\.(.+)$`).exec(name);
        if (match) (answers[match[1]!] ??= {})[match[2]!] = String(value);
      }
      return {
        ...delegate,
        dietChoices: all(form, `${prefix}.dietChoices`),
        dietOther: text(form, `${prefix}.dietOther`),
        allergies: text(form, `${prefix}.allergies`),
        accessibilityNeeds: text(form, `${prefix}.accessibilityNeeds`),
        answers,
      };
    }),
  };
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
  if (issues.length > 0) return failure(target, "needs", previous, values, issues);
  go(target, stepHref(target, draft!.id, "review"));
}

export async function submitReviewStep(
  target: StepTarget,
  previous: StepState,
  form: FormData,
): Promise<StepState> {
  const draft = await getRegistrationDraft(target.draftId ?? "", target.slug);
  if (!draft)
    return formFailure(target.locale, previous, emptyDraftData(), new AppError("not_found", "draft missing"));
  // A second click after the registration went through lands on the same confirmation.
  if (draft.registrationId) go(target, stepHref(target, draft.id, "confirmation"));
  const listed = new Set(all(form, "listConsent"));
  const values: DraftData = {
    ...draft.data,
    privacyConsent: form.get("privacyConsent") === "yes",
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
