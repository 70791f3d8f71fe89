import { Button, Section, Text } from "@react-email/components";
import { MailLayout, mailStyles } from "./components/mail-layout";
import { mailTools } from "./components/mail-tools";

export type HotelReleaseProps = {
  locale: "sv" | "en";
  event: { name: string; contactEmail: string };
  hotel: string;
  releaseAt: Date;
  nights: { night: string; rooms: number; booked: number }[];
  url: string;
};

/** To the meeting's staff: a hotel's block is released soon, with how many rooms are booked per night. */
export default function HotelReleaseEmail(props: HotelReleaseProps) {
  const { t, format } = mailTools(props.locale);
  const values = {
    hotel: props.hotel,
    event: props.event.name,
    at: format.dateTime(props.releaseAt, { dateStyle: "long", timeStyle: "short" }),
  };
  const heading = t("hotelRelease.heading", values);
  return (
    <MailLayout
      lang={props.locale}
      preview={heading}
      heading={heading}
      footer={t("footer", { email: props.event.contactEmail })}
    >
      <Text style={mailStyles.text}>{t("hotelRelease.intro", values)}</Text>
      {props.nights.map((night) => (
        <Text key={night.night} style={mailStyles.text}>
          {t("hotelRelease.night", {
            night: format.dateTime(new Date(`${night.night}T12:00:00Z`), { dateStyle: "long" }),
            booked: night.booked,
            rooms: night.rooms,
          })}
        </Text>
      ))}
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={props.url} style={mailStyles.button}>
          {t("hotelRelease.button")}
        </Button>
      </Section>
    </MailLayout>
  );
}

HotelReleaseEmail.PreviewProps = {
  locale: "sv",
  event: { name: "Nätverksträff med årsmöte i Luleå", contactEmail: "natverkstraff@lulea.example.se" },
  hotel: "Elite Stadshotellet Luleå",
  releaseAt: new Date("2027-03-28T22:00:00Z"),
  nights: [{ night: "2027-04-24", rooms: 20, booked: 12 }],
  url: "http://localhost:3000/admin/events/lulea-2027/stay",
} as HotelReleaseProps;

export const subject = (props: HotelReleaseProps) =>
  mailTools(props.locale).t("hotelRelease.subject", { hotel: props.hotel });
