
-- CreateEnum
CREATE TYPE "TravelMode" AS ENUM ('flight', 'train', 'car', 'bus', 'other');

-- CreateTable
CREATE TABLE "Hotel" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "priceSv" TEXT NOT NULL,
    "priceEn" TEXT NOT NULL,
    "releaseAt" TIMESTAMPTZ(3) NOT NULL,
    "releaseRemindedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Hotel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HotelNight" (
    "hotelId" UUID NOT NULL,
    "night" DATE NOT NULL,
    "rooms" INTEGER NOT NULL,

    CONSTRAINT "HotelNight_pkey" PRIMARY KEY ("hotelId","night")
);

-- CreateTable
CREATE TABLE "AttendeeStay" (
    "attendeeId" UUID NOT NULL,
    "hotelId" UUID,
    "nights" DATE[],
    "arrivalAt" TIMESTAMPTZ(3),
    "arrivalMode" "TravelMode",
    "arrivalDetails" TEXT NOT NULL DEFAULT '',
    "departureAt" TIMESTAMPTZ(3),
    "departureMode" "TravelMode",
    "departureDetails" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AttendeeStay_pkey" PRIMARY KEY ("attendeeId")
);

-- CreateIndex
CREATE INDEX "Hotel_eventId_idx" ON "Hotel"("eventId");

-- CreateIndex
CREATE INDEX "AttendeeStay_hotelId_idx" ON "AttendeeStay"("hotelId");

-- AddForeignKey
ALTER TABLE "Hotel" ADD CONSTRAINT "Hotel_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HotelNight" ADD CONSTRAINT "HotelNight_hotelId_fkey" FOREIGN KEY ("hotelId") REFERENCES "Hotel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendeeStay" ADD CONSTRAINT "AttendeeStay_attendeeId_fkey" FOREIGN KEY ("attendeeId") REFERENCES "Attendee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendeeStay" ADD CONSTRAINT "AttendeeStay_hotelId_fkey" FOREIGN KEY ("hotelId") REFERENCES "Hotel"("id") ON DELETE SET NULL ON UPDATE CASCADE;


ALTER TABLE "HotelNight" ADD CONSTRAINT "HotelNight_rooms_check" CHECK ("rooms" >= 0 AND "rooms" <= 1000);
-- Nights are booked only at a hotel
ALTER TABLE "AttendeeStay" ADD CONSTRAINT "AttendeeStay_nights_need_hotel" CHECK ("hotelId" IS NOT NULL OR cardinality("nights") = 0);
