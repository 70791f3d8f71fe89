import type { ReactNode } from "react";
import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components";

const colours = { brand: "#0b3d5c", text: "#1b1f24", muted: "#4a5561", border: "#c9d1d9" };

export const mailStyles = {
  text: { color: colours.text, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" },
  muted: { color: colours.muted, fontSize: "14px", lineHeight: "20px", margin: "0 0 12px" },
  button: {
    backgroundColor: colours.brand,
    color: "#ffffff",
    padding: "12px 20px",
    borderRadius: "6px",
    fontWeight: 700,
    textDecoration: "none",
    display: "inline-block",
  },
  cell: {
    padding: "6px 8px 6px 0",
    borderTop: `1px solid ${colours.border}`,
    fontSize: "15px",
    verticalAlign: "top" as const,
  },
};

/** The frame of every mail: the network's name, a heading, the content and who to ask. */
export function MailLayout({
  lang,
  preview,
  heading,
  footer,
  children,
}: {
  lang: string;
  preview: string;
  heading: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{
          backgroundColor: "#f3f5f7",
          fontFamily: "Arial, Helvetica, sans-serif",
          margin: 0,
          padding: "24px 0",
        }}
      >
        <Container style={{ backgroundColor: "#ffffff", maxWidth: "600px", padding: "0 0 24px" }}>
          <Section style={{ backgroundColor: colours.brand, padding: "16px 24px" }}>
            <Text style={{ color: "#ffffff", fontWeight: 700, fontSize: "16px", margin: 0 }}>
              Svenska Industrikommuner
            </Text>
          </Section>
          <Section style={{ padding: "8px 24px 0" }}>
            <Heading as="h1" style={{ color: colours.text, fontSize: "24px", lineHeight: "30px" }}>
              {heading}
            </Heading>
            {children}
            <Hr style={{ borderColor: colours.border, margin: "24px 0 12px" }} />
            <Text style={mailStyles.muted}>{footer}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
