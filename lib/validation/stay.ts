import { z } from "zod";
import { fromStockholmLocal } from "@/lib/i18n/stockholm-time";
import { MAX_STAY_NIGHTS, TRAVEL_MODES } from "@/lib/stay/stay-values";
import { optionalText, requiredText } from "./fields";

const night = z.string({ error: "invalid" }).regex(/^\d{4}-\d{2}-\d{2}$/, "invalid");
// A local time in Stockholm as a datetime-local field gives it ("2027-04-24T18:30"); empty for none.
const optionalMoment = z
  .string({ error: "invalid" })
  .prefault("")
  .transform((value, context) => {
    if (value.trim() === "") return null;
    const date = fromStockholmLocal(value.trim());
    if (!date) context.addIssue({ code: "custom", message: "invalid" });
    return date;
  });
const mode = z
  .enum(["", ...TRAVEL_MODES], { error: "invalid" })
  .prefault("")
  .transform((value) => (value === "" ? null : value));

// A hotel of the meeting's room block: name, price text in both languages, release, rooms per night.
export const hotelInput = z.object({
  name: requiredText(200),
  address: optionalText(300),
  priceSv: requiredText(300),
  priceEn: requiredText(300),
  releaseAt: z.string().transform((value, context) => {
    const date = fromStockholmLocal(value.trim());
    if (!date) context.addIssue({ code: "custom", message: "required" });
    return date ?? new Date(0);
  }),
  rooms: z
    .array(
      z.object({
        night,
        rooms: z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(1000, "invalid"),
      }),
    )
    .pipe(z.array(z.custom<{ night: string; rooms: number }>()).max(31, "tooMany")),
});
export type HotelInput = z.infer<typeof hotelInput>;

// A person's stay and travel, as they or their contact give it; every field may be left out.
export const stayInput = z
  .object(
    {
      hotelId: z
        .string({ error: "invalid" })
        .prefault("")
        .refine((value) => value === "" || z.uuid().safeParse(value).success, "invalid")
        .transform((value) => value || null),
      nights: z
        .array(night, { error: "invalid" })
        .prefault([])
        .pipe(z.array(z.custom<string>()).max(MAX_STAY_NIGHTS, "tooMany")),
      arrivalAt: optionalMoment,
      arrivalMode: mode,
      arrivalDetails: optionalText(200),
      departureAt: optionalMoment,
      departureMode: mode,
      departureDetails: optionalText(200),
    },
    { error: "invalid" },
  )
  .superRefine((input, context) => {
    if (input.nights.length > 0 && !input.hotelId)
      context.addIssue({ code: "custom", path: ["hotelId"], message: "stayChooseHotel" });
    if (input.hotelId && input.nights.length === 0)
      context.addIssue({ code: "custom", path: ["nights"], message: "stayChooseNight" });
    if (input.arrivalAt && input.departureAt && input.departureAt <= input.arrivalAt)
      context.addIssue({ code: "custom", path: ["departureAt"], message: "departureBeforeArrival" });
  });
export type StayInput = z.infer<typeof stayInput>;
