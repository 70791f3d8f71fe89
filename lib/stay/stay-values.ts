// A stay as its fields hold it (text, as typed), and the hotels as the fields offer them: shared by
// the registration form, its draft and the private link's stay page.
import { toStockholmLocal } from "@/lib/i18n/stockholm-time";
import type { FormInput } from "@/lib/validation/form-input";
import type { StayInput } from "@/lib/validation/stay";
import type { HotelView } from "./read-hotels";

export const TRAVEL_MODES = ["flight", "train", "car", "bus", "other"] as const;

export type StayValues = {
  hotelId: string;
  nights: string[];
  arrivalAt: string;
  arrivalMode: string;
  arrivalDetails: string;
  departureAt: string;
  departureMode: string;
  departureDetails: string;
};

export const EMPTY_STAY: StayValues = {
  hotelId: "",
  nights: [],
  arrivalAt: "",
  arrivalMode: "",
  arrivalDetails: "",
  departureAt: "",
  departureMode: "",
  departureDetails: "",
};

/** A hotel as a choice: its price in the reader's language and the rooms left per night. */
export type StayHotelOption = {
  id: string;
  name: string;
  address: string;
  price: string;
  released: boolean;
  nights: { night: string; left: number }[];
};

export function hotelOptions(hotels: HotelView[], locale: string, now: Date): StayHotelOption[] {
  return hotels.map((hotel) => ({
    id: hotel.id,
    name: hotel.name,
    address: hotel.address,
    price: locale === "en" ? hotel.priceEn : hotel.priceSv,
    released: hotel.releaseAt <= now,
    nights: hotel.nights.map(({ night, left }) => ({ night, left })),
  }));
}

/** A stored stay's travel and nights, each night by its evening's date. */
export type StayRecord = {
  nights: string[];
  arrivalAt: Date | null;
  arrivalMode: string | null;
  arrivalDetails: string;
  departureAt: Date | null;
  departureMode: string | null;
  departureDetails: string;
};

/** A stored stay as its fields show it; times in Stockholm. */
export function stayValues(stay: (StayRecord & { hotelId: string | null }) | null): StayValues {
  if (!stay) return EMPTY_STAY;
  return {
    hotelId: stay.hotelId ?? "",
    nights: stay.nights,
    arrivalAt: stay.arrivalAt ? toStockholmLocal(stay.arrivalAt) : "",
    arrivalMode: stay.arrivalMode ?? "",
    arrivalDetails: stay.arrivalDetails,
    departureAt: stay.departureAt ? toStockholmLocal(stay.departureAt) : "",
    departureMode: stay.departureMode ?? "",
    departureDetails: stay.departureDetails,
  };
}

/** Whether a stay, as typed or as parsed, holds anything at all: a hotel, a night or any of the travel. */
export function stayGiven(stay: StayValues | StayInput | undefined): boolean {
  return Object.values(stay ?? {}).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== "" && value !== null,
  );
}

/** Nights one person may book: more than any meeting has. */
export const MAX_STAY_NIGHTS = 31;

/** A stay's fields as posted, under `prefix` ("delegates.0.stay." or ""); one night too many is kept for the schema to refuse. */
export function readStayFields(input: FormInput, prefix: string): StayValues {
  return {
    hotelId: input.text(`${prefix}hotelId`),
    nights: input.all(`${prefix}nights`, MAX_STAY_NIGHTS + 1),
    arrivalAt: input.text(`${prefix}arrivalAt`),
    arrivalMode: input.text(`${prefix}arrivalMode`),
    arrivalDetails: input.text(`${prefix}arrivalDetails`),
    departureAt: input.text(`${prefix}departureAt`),
    departureMode: input.text(`${prefix}departureMode`),
    departureDetails: input.text(`${prefix}departureDetails`),
  };
}
