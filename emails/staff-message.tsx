import { Text } from "@react-email/components";
import { MailLayout, mailStyles } from "./components/mail-layout";
import { mailTools } from "./components/mail-tools";

export type StaffMessageProps = { locale: "sv" | "en"; subject: string; body: string; contactEmail: string };

/** A message host staff write to a group of attendees; blank lines separate paragraphs. */
export default function StaffMessageEmail({ locale, subject, body, contactEmail }: StaffMessageProps) {
  const { t } = mailTools(locale);
  return (
    <MailLayout
      lang={locale}
      preview={subject}
      heading={subject}
      footer={t("footer", { email: contactEmail })}
    >
      {body
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== "")
        .map((paragraph, index) => (
          <Text key={index} style={mailStyles.text}>
            {paragraph.trim()}
          </Text>
        ))}
    </MailLayout>
  );
}

StaffMessageEmail.PreviewProps = {
  locale: "sv",
  subject: "Bussen till HYBRIT går 08.00",
  body: "Hej!\n\nBussen till studiebesöket går från Kulturens hus klockan 08.00. Ta med legitimation.",
  contactEmail: "natverkstraff@lulea.example.se",
} as StaffMessageProps;

export const subject = (props: StaffMessageProps) => props.subject;
