"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { localeParam } from "@/lib/actions/action-input";
import type { ActionState } from "@/lib/actions/admin-action";
import { runFormAction } from "@/lib/actions/form-action";
import { clientAddress } from "@/lib/http/client-address";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { confirmMandate } from "@/lib/mandates/confirm-mandate";
import { mandateRequestToken } from "@/lib/validation/mandate";

const target = z.object({ locale: localeParam, token: mandateRequestToken });

/** Confirms the member's mandate through the one-time link; the service checks the link and uses it up. */
export async function confirmMandateAction(
  rawTarget: { locale: AppLocale; token: string },
  previous: ActionState,
): Promise<ActionState> {
  const outcome = await runFormAction({
    target,
    rawTarget,
    previous,
    authorise: async () => clientAddress(await headers()),
    work: async ({ target, access }) => confirmMandate(target.token, access),
  });
  if (!outcome.ok) return outcome.state;
  redirect(
    getPathname({ href: `/mandates/${outcome.target.token}?confirmed=1`, locale: outcome.target.locale }),
  );
}
