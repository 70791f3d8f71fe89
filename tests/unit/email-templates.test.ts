import { render } from "@react-email/render";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import * as attendeeCancelled from "@/emails/attendee-cancelled";
import * as attendeeChanged from "@/emails/attendee-changed";
import * as attendeeConfirmation from "@/emails/attendee-confirmation";
import * as registrationCancelled from "@/emails/registration-cancelled";
import * as registrationChanged from "@/emails/registration-changed";
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
  registrationChanged,
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

// What Gmail, Outlook (Word's renderer) and Apple Mail drop or block, so a mail must not rely on:
// data: URIs (blocked images), external or imported style sheets, scripts, forms, SVG, and CSS
// the Outlook renderer ignores (flex and grid layout, positioning, custom properties).
const DROPPED: [string, RegExp][] = [
  ["data: URI", /\b(?:src|href)=["']data:/i],
  ["external style sheet", /<link[^>]+stylesheet/i],
  ["@import", /@import/i],
  ["script", /<script/i],
  ["form", /<form/i],
  ["svg", /<svg/i],
  ["flex or grid layout", /display\s*:\s*(?:inline-)?(?:flex|grid)/i],
  ["positioning", /position\s*:\s*(?:absolute|fixed|relative|sticky)/i],
  ["CSS custom properties", /var\(--/i],
];

describe.each(Object.entries(templates))("%s e-mail in the big mail clients", (_name, template) => {
  it("uses nothing they drop, and every image has a text alternative and a size", async () => {
    for (const locale of ["sv", "en"] as const) {
      const html = await render(
        createElement(template.default, { ...template.default.PreviewProps, locale }),
      );
      for (const [what, pattern] of DROPPED) expect(html, what).not.toMatch(pattern);
      for (const image of html.match(/<img[^>]*>/g) ?? []) {
        expect(image).toMatch(/alt="[^"]+"/);
        expect(image).toMatch(/width="\d+"/);
        expect(image).toMatch(/height="\d+"/);
      }
    }
  });
});

describe("the annual meeting's voting delegate", () => {
  it("is told so in their own mail, and named in the contact's summary", async () => {
    const props = attendeeConfirmation.default.PreviewProps;
    const own = await render(createElement(attendeeConfirmation.default, props), { plainText: true });
    expect(own).toContain("Du är Borlänge kommuns ombud vid årsmötet");
    const other = await render(
      createElement(attendeeConfirmation.default, {
        ...props,
        person: { ...props.person, isVotingDelegate: false },
      }),
      { plainText: true },
    );
    expect(other).not.toContain("ombud");
    const summary = await render(
      createElement(registrationReceived.default, registrationReceived.default.PreviewProps),
      { plainText: true },
    );
    expect(summary).toContain("Ombud vid årsmötet: Anna Andersson");
    const english = await render(
      createElement(registrationReceived.default, {
        ...registrationReceived.default.PreviewProps,
        locale: "en",
      }),
      { plainText: true },
    );
    expect(english).toContain("Voting delegate at the annual meeting: Anna Andersson");
  });
});
