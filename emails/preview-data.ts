// Sample data for the templates' previews (React Email's PreviewProps) and their tests.
import type { AttendeeMailProps, MailEventInfo, RegistrationMailProps } from "./components/mail-data";

const event: MailEventInfo = {
  name: "Nätverksträff med årsmöte i Luleå",
  startsAt: new Date("2027-04-25T08:00:00Z"),
  endsAt: new Date("2027-04-26T13:00:00Z"),
  where: "Kulturens hus, Skeppsbrogatan 17, 972 31 Luleå",
  contactEmail: "natverkstraff@lulea.example.se",
  changeDeadline: new Date("2027-04-11T21:59:00Z"),
};

const person = {
  name: "Anna Andersson",
  isVotingDelegate: true,
  signups: [
    {
      activity: "Dag 1: infrastruktur, talangjakt och utbildning",
      place: "Kulturens hus, Luleå",
      startsAt: new Date("2027-04-25T08:00:00Z"),
      endsAt: new Date("2027-04-25T15:00:00Z"),
      status: "confirmed" as const,
      position: null,
    },
    {
      activity: "Studiebesök på HYBRIT:s pilotanläggning",
      place: "HYBRIT pilotanläggning, SSAB:s område i Luleå",
      startsAt: new Date("2027-04-26T06:30:00Z"),
      endsAt: new Date("2027-04-26T09:00:00Z"),
      status: "waitlisted" as const,
      position: 3,
    },
  ],
};

export const attendeePreview: AttendeeMailProps = {
  locale: "sv",
  event,
  organisation: "Borlänge kommun",
  person,
  manageUrl: "http://localhost:3000/manage/exempel",
  activity: "Studiebesök på HYBRIT:s pilotanläggning",
  checkInQrSrc: "cid:check-in-preview@sik",
  checkInCode: "K7M2-9QXD",
};

export const registrationPreview: RegistrationMailProps = {
  locale: "sv",
  event,
  organisation: "Borlänge kommun",
  reference: "LUL-7KQ3",
  people: [person, { ...person, name: "Bo Berg", isVotingDelegate: false }],
  isMember: true,
  manageUrl: "http://localhost:3000/manage/exempel",
};
