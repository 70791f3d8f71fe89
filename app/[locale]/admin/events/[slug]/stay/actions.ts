"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { idParam, localeParam, slugParam } from "@/lib/actions/action-input";
import { eventTarget, parseInput, runAdminAction, type ActionState } from "@/lib/actions/admin-action";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { addHotel } from "@/lib/stay/add-hotel";
import { removeHotel } from "@/lib/stay/remove-hotel";
import { hotelInput } from "@/lib/validation/stay";

const back = (target: { locale: AppLocale; slug: string }, query: string): never =>
  redirect(getPathname({ href: `/admin/events/${target.slug}/stay?${query}`, locale: target.locale }));

/** Adds a hotel with rooms per night (the service checks the administrator role). */
export async function addHotelAction(
  target: { locale: AppLocale; slug: string; nights: string[] },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const outcome = await runAdminAction(
    eventTarget.extend({ nights: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(31) }),
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      await addHotel(
        staff,
        target.slug,
        parseInput(hotelInput, {
          name: input.text("name"),
          address: input.text("address"),
          priceSv: input.text("priceSv"),
          priceEn: input.text("priceEn"),
          releaseAt: input.text("releaseAt"),
          rooms: target.nights.map((night) => ({ night, rooms: input.text(`rooms-${night}`) || "0" })),
        }),
      );
    },
  );
  if ("failed" in outcome) return outcome.failed;
  return back(outcome.target, "added=1");
}

/** Removes a hotel once the tick says so. */
export async function removeHotelAction(
  target: { locale: AppLocale; slug: string; hotelId: string },
  previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const outcome = await runAdminAction(
    z.object({ locale: localeParam, slug: slugParam, hotelId: idParam }),
    target,
    previous,
    form,
    async ({ target, staff, input }) => {
      parseInput(z.object({ confirm: z.literal(true, { error: "confirmRemoveHotel" }) }), {
        confirm: input.checked("confirm"),
      });
      await removeHotel(staff, target.slug, target.hotelId);
    },
  );
  if ("failed" in outcome) return outcome.failed;
  return back(outcome.target, "removed=1");
}
