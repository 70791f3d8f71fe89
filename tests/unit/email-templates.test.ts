import { render } from "@react-email/render";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import * as attendeeCancelled from "@/emails/attendee-cancelled";
import * as attendeeChanged from "@/emails/attendee-changed";
import * as attendeeConfirmation from "@/emails/attendee-confirmation";
import * as registrationCancelled from "@/emails/registration-cancelled";
import * as registrationReceived from "@/emails/registration-received";
import * as reminder from "@/emails/reminder";
import * as signInLink from "@/emails/sign-in-link";
import * as staffMessage from "@/emails/staff-message";
import * as waitlistPromoted from "@/emails/waitlist-promoted";

// Each template module: a default component with PreviewProps, and a subject from the same props.
type Props = { locale: "sv" | "en" };
type Template = {
  default: ((props: Props) => React.ReactElement) & { PreviewProps: Props };
  subject: (props: Props) => string;
};

const templates = {
  attendeeCancelled,
  attendeeChanged,
  attendeeConfirmation,
  registrationCancelled,
  registrationReceived,
  reminder,
  signInLink,
  staffMessage,
  waitlistPromoted,
} as unknown as Record<string, Template>;

describe.each(Object.entries(templates))("%s e-mail", (name, template) => {
  it("renders HTML and plain text in Swedish and English, with a translated subject", async () => {
    const subjects = [];
    for (const locale of ["sv", "en"] as const) {
      const props = { ...template.default.PreviewProps, locale };
      const html = await render(createElement(template.default, props));
      const text = await render(createElement(template.default, props), { plainText: true });
      expect(html).toContain(`lang="${locale}"`);
      expect(text).toContain("Svenska Industrikommuner");
      expect(text).not.toMatch(/emails\.|\{[a-z]+\}/);
      subjects.push(template.subject(props));
    }
    // Staff write their own subject; every other subject comes from the message catalogue.
    if (name !== "staffMessage") expect(subjects[0]).not.toBe(subjects[1]);
    for (const subject of subjects) expect(subject.length).toBeGreaterThan(5);
  });
});
