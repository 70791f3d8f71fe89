import { Button, Section, Text } from "@react-email/components";
import { MailLayout, mailStyles } from "./components/mail-layout";
import { mailTools } from "./components/mail-tools";

export type SignInLinkProps = { locale: "sv" | "en"; url: string };

export default function SignInLinkEmail({ locale, url }: SignInLinkProps) {
  const { t } = mailTools(locale);
  return (
    <MailLayout
      lang={locale}
      preview={t("signIn.heading")}
      heading={t("signIn.heading")}
      footer={t("signIn.ignore")}
    >
      <Text style={mailStyles.text}>{t("signIn.intro")}</Text>
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={url} style={mailStyles.button}>
          {t("signIn.button")}
        </Button>
      </Section>
    </MailLayout>
  );
}

SignInLinkEmail.PreviewProps = {
  locale: "sv",
  url: "http://localhost:3000/api/auth/callback/email?token=exempel",
} as SignInLinkProps;

export const subject = ({ locale }: SignInLinkProps) => mailTools(locale).t("signIn.subject");
