import "server-only";
import { plainTextSelectors, render } from "@react-email/render";
import { compile } from "html-to-text";
import type { ReactElement } from "react";
import { env } from "@/lib/env";
import type { OutboxEmail } from "@/lib/generated/prisma/client";
import type {
  AttendeeMailProps,
  MailEventInfo,
  MailPerson,
  RegistrationMailProps,
} from "@/emails/components/mail-data";
import AttendeeCancelledEmail, { subject as attendeeCancelledSubject } from "@/emails/attendee-cancelled";
import AttendeeChangedEmail, { subject as attendeeChangedSubject } from "@/emails/attendee-changed";
import AttendeeConfirmationEmail, {
  subject as attendeeConfirmationSubject,
} from "@/emails/attendee-confirmation";
import RegistrationCancelledEmail, {
  subject as registrationCancelledSubject,
} from "@/emails/registration-cancelled";
import RegistrationChangedEmail, {
  subject as registrationChangedSubject,
} from "@/emails/registration-changed";
import RegistrationReceivedEmail, {
  subject as registrationReceivedSubject,
} from "@/emails/registration-received";
import ReminderEmail, { subject as reminderSubject } from "@/emails/reminder";
import RegistrationApprovedEmail, {
  subject as registrationApprovedSubject,
} from "@/emails/registration-approved";
import RegistrationPendingEmail, {
  subject as registrationPendingSubject,
  type RegistrationPendingProps,
} from "@/emails/registration-pending";
import InvitationEmail, { subject as invitationSubject, type InvitationProps } from "@/emails/invitation";
import { invitationTokenFor } from "@/lib/invitations/invitation-token";
import MandateRequestEmail, {
  subject as mandateRequestSubject,
  type MandateRequestProps,
} from "@/emails/mandate-request";
import { mandateTokenFor } from "@/lib/mandates/mandate-token";
import HotelReleaseEmail, {
  subject as hotelReleaseSubject,
  type HotelReleaseProps,
} from "@/emails/hotel-release";
import EvaluationEmail, { subject as evaluationSubject, type EvaluationProps } from "@/emails/evaluation";
import { evaluationTokenFor } from "@/lib/evaluations/evaluation-token";
import MeetingNoticeEmail, {
  subject as meetingNoticeSubject,
  type MeetingNoticeProps,
} from "@/emails/meeting-notice";
import SignInLinkEmail, { subject as signInSubject } from "@/emails/sign-in-link";
import StaffMessageEmail from "@/emails/staff-message";
import WaitlistPromotedEmail, { subject as waitlistPromotedSubject } from "@/emails/waitlist-promoted";
import type { AttendeeSummary } from "@/lib/registrations/get-registration-summary";
import { checkInQrPng } from "@/lib/check-in/check-in-qr";
import { shortCheckInCodeFor } from "@/lib/check-in/check-in-code";
import { attendeeCalendars, type CalendarEntry } from "./attendee-calendar";
import {
  loadAttendeeMailData,
  loadInvitationMailData,
  loadMandateRequestMailData,
  loadNoticeMailData,
  loadHotelReleaseMailData,
  loadEvent,
  loadRegistrationMailData,
  type MailEvent,
} from "./load-attendee-mail-data";

export type RenderedEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: string | Buffer; contentType: string; cid?: string }[];
};

type Payload = {
  attendeeId?: string;
  invitationId?: string;
  mandateRequestId?: string;
  documentId?: string;
  inviteId?: string;
  hotelId?: string;
  reminder?: boolean;
  registrationId?: string;
  activityId?: string;
  manageToken?: string;
  signInUrl?: string;
  subject?: string;
  body?: string;
};

function manageUrl(token: string | undefined, locale: "sv" | "en") {
  if (!token) return null;
  const prefix = locale === "en" ? "/en" : "";
  return new URL(`${prefix}/manage/${token}`, env.PUBLIC_BASE_URL).toString();
}

function eventInfo(event: MailEvent, locale: "sv" | "en"): MailEventInfo {
  return {
    name: event.name[locale],
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    where: `${event.venueName}, ${event.venueAddress}`,
    contactEmail: event.contactEmail,
    changeDeadline: event.changeDeadline,
  };
}

function person(attendee: AttendeeSummary, event: MailEvent, locale: "sv" | "en"): MailPerson {
  return {
    name: attendee.name,
    isVotingDelegate: attendee.isVotingDelegate,
    votePending: attendee.votePending,
    signups: attendee.signups.map((signup) => ({
      activity: signup.activityName[locale],
      place: event.activities.get(signup.activityId)?.place[locale] ?? "",
      startsAt: signup.startsAt,
      endsAt: event.activities.get(signup.activityId)?.endsAt ?? signup.startsAt,
      status: signup.status,
      position: signup.position,
    })),
  };
}

/**
 * The attendee's calendar files: each activity they hold a place in, and those they gave up (or
 * all, once they are cancelled) as cancellations.
 */
function calendarsFor(attendee: AttendeeSummary, event: MailEvent, locale: "sv" | "en", now: Date) {
  const host = new URL(env.PUBLIC_BASE_URL).hostname;
  const active = attendee.status === "active";
  const entry = (signup: AttendeeSummary["signups"][number]): CalendarEntry => ({
    uid: `signup-${signup.signupId}@${host}`,
    summary: signup.activityName[locale],
    description: event.name[locale],
    location: event.activities.get(signup.activityId)?.place[locale] ?? "",
    start: signup.startsAt,
    end: event.activities.get(signup.activityId)?.endsAt ?? signup.startsAt,
  });
  const held = (signup: AttendeeSummary["signups"][number]) => active && signup.status === "confirmed";
  return attendeeCalendars({
    name: event.name[locale],
    organiser: { name: event.name[locale], email: event.contactEmail },
    attendee: { name: attendee.name, email: attendee.email },
    confirmed: attendee.signups.filter(held).map(entry),
    cancelled: attendee.signups
      // Places on a waiting list or awaiting approval were never in a calendar, so are not taken out.
      .filter((signup) => signup.status !== "waitlisted" && signup.status !== "pending" && !held(signup))
      .map(entry),
    now,
  });
}

// The options of react-email's toPlainText, compiled once: toPlainText builds its selector tree
// again for every mail, which was a tenth of the worker's CPU (docs/performance.md: outbox).
const toPlainText = compile({ wordwrap: false, selectors: plainTextSelectors });

async function html(element: ReactElement) {
  // Rendered once; the plain-text part is derived from the HTML, as render's plainText option does.
  const markup = await render(element);
  return { html: markup, text: toPlainText(markup) };
}

/** Renders an outbox row into the mail to send, from the current state of its registration. */
export async function renderOutboxEmail(email: OutboxEmail, now = new Date()): Promise<RenderedEmail> {
  const payload = email.payload as Payload;
  const locale = email.locale;

  if (email.template === "sign-in-link") {
    const props = { locale, url: payload.signInUrl! };
    return {
      to: email.recipient,
      subject: signInSubject(props),
      ...(await html(<SignInLinkEmail {...props} />)),
      attachments: [],
    };
  }

  if (email.template === "invitation") {
    const { invitation, event } = await loadInvitationMailData(payload.invitationId!);
    const prefix = locale === "en" ? "/en" : "";
    const url = new URL(`${prefix}/events/${event.slug}/register`, env.PUBLIC_BASE_URL);
    url.searchParams.set("invitation", invitationTokenFor(invitation.id));
    const props: InvitationProps = {
      locale,
      event: {
        name: event.name[locale],
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        where: `${event.venueName}, ${event.city}`,
        closesAt: event.registrationClosesAt,
        contactEmail: event.contactEmail,
      },
      organisation: invitation.organisation.name,
      url: url.toString(),
      reminder: payload.reminder === true,
    };
    return {
      to: email.recipient,
      subject: invitationSubject(props),
      ...(await html(<InvitationEmail {...props} />)),
      attachments: [],
    };
  }

  if (email.template === "mandate-request") {
    const { request, event, meetingStartsAt, ombud, substitute } = await loadMandateRequestMailData(
      payload.mandateRequestId!,
    );
    const prefix = locale === "en" ? "/en" : "";
    const props: MandateRequestProps = {
      locale,
      event: { name: event.name[locale], meetingStartsAt, contactEmail: event.contactEmail },
      organisation: request.organisation.name,
      ombud,
      substitute,
      url: new URL(`${prefix}/mandates/${mandateTokenFor(request.id)}`, env.PUBLIC_BASE_URL).toString(),
    };
    return {
      to: email.recipient,
      subject: mandateRequestSubject(props),
      ...(await html(<MandateRequestEmail {...props} />)),
      attachments: [],
    };
  }

  if (email.template === "hotel-release") {
    const { hotel, event, nights } = await loadHotelReleaseMailData(payload.hotelId!);
    const props: HotelReleaseProps = {
      locale,
      event: { name: event.name[locale], contactEmail: event.contactEmail },
      hotel: hotel.name,
      releaseAt: hotel.releaseAt,
      nights,
      url: new URL(
        `${locale === "en" ? "/en" : ""}/admin/events/${event.slug}/stay`,
        env.PUBLIC_BASE_URL,
      ).toString(),
    };
    return {
      to: email.recipient,
      subject: hotelReleaseSubject(props),
      ...(await html(<HotelReleaseEmail {...props} />)),
      attachments: [],
    };
  }

  if (email.template === "evaluation") {
    const event = await loadEvent(email.eventId!);
    const props: EvaluationProps = {
      locale,
      event: { name: event.name[locale], contactEmail: event.contactEmail },
      url: new URL(
        `${locale === "en" ? "/en" : ""}/evaluations/${evaluationTokenFor(payload.inviteId!)}`,
        env.PUBLIC_BASE_URL,
      ).toString(),
    };
    return {
      to: email.recipient,
      subject: evaluationSubject(props),
      ...(await html(<EvaluationEmail {...props} />)),
      attachments: [],
    };
  }

  if (email.template === "meeting-notice") {
    const { document, event } = await loadNoticeMailData(payload.documentId!);
    const props: MeetingNoticeProps = {
      locale,
      event: {
        name: event.name[locale],
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        where: `${event.venueName}, ${event.city}`,
        contactEmail: event.contactEmail,
      },
      document: locale === "en" ? document.titleEn : document.titleSv,
      url: new URL(`${locale === "en" ? "/en" : ""}/events/${event.slug}`, env.PUBLIC_BASE_URL).toString(),
    };
    return {
      to: email.recipient,
      subject: meetingNoticeSubject(props),
      ...(await html(<MeetingNoticeEmail {...props} />)),
      attachments: [
        { filename: document.fileName, content: Buffer.from(document.data), contentType: "application/pdf" },
      ],
    };
  }

  if (email.template === "registration-pending") {
    const { registration, event } = await loadRegistrationMailData(payload.registrationId!);
    const props: RegistrationPendingProps = {
      locale,
      event: event.name[locale],
      organisation: registration.organisation.name,
      contactName: registration.contact.name,
      contactEmail: registration.contact.email,
      people: registration.attendees.filter((attendee) => attendee.status === "active").length,
      reasons: registration.pendingReasons,
      reviewUrl: new URL(
        `${locale === "en" ? "/en" : ""}/admin/events/${event.slug}/approvals`,
        env.PUBLIC_BASE_URL,
      ).toString(),
      eventContactEmail: event.contactEmail,
    };
    return {
      to: email.recipient,
      subject: registrationPendingSubject(props),
      ...(await html(<RegistrationPendingEmail {...props} />)),
      attachments: [],
    };
  }

  if (
    email.template === "registration-received" ||
    email.template === "registration-changed" ||
    email.template === "registration-cancelled" ||
    email.template === "registration-approved"
  ) {
    const { registration, event } = await loadRegistrationMailData(payload.registrationId!);
    const props: RegistrationMailProps = {
      locale,
      event: eventInfo(event, locale),
      organisation: registration.organisation.name,
      isMember: registration.organisation.isMember,
      reference: registration.reference,
      people: registration.attendees
        .filter((attendee) => attendee.status === "active")
        .map((attendee) => person(attendee, event, locale)),
      manageUrl: email.template === "registration-cancelled" ? null : manageUrl(payload.manageToken, locale),
      pendingReasons: registration.approval === "pending" ? registration.pendingReasons : [],
    };
    const templates = {
      "registration-received": [RegistrationReceivedEmail, registrationReceivedSubject],
      "registration-changed": [RegistrationChangedEmail, registrationChangedSubject],
      "registration-cancelled": [RegistrationCancelledEmail, registrationCancelledSubject],
      "registration-approved": [RegistrationApprovedEmail, registrationApprovedSubject],
    } as const;
    const [Template, subject] = templates[email.template];
    return {
      to: email.recipient,
      subject: subject(props),
      ...(await html(<Template {...props} />)),
      attachments: [],
    };
  }

  if (email.template === "staff-message") {
    const { event } = await loadAttendeeMailData(payload.attendeeId!);
    const props = {
      locale,
      subject: payload.subject!,
      body: payload.body!,
      contactEmail: event.contactEmail,
    };
    return {
      to: email.recipient,
      subject: props.subject,
      ...(await html(<StaffMessageEmail {...props} />)),
      attachments: [],
    };
  }

  const { registration, attendee, event } = await loadAttendeeMailData(payload.attendeeId!);
  const props: AttendeeMailProps = {
    locale,
    event: eventInfo(event, locale),
    organisation: registration.organisation.name,
    person: person(attendee, event, locale),
    manageUrl: manageUrl(payload.manageToken, locale),
    activity: attendee.signups.find((signup) => signup.activityId === payload.activityId)?.activityName[
      locale
    ],
  };
  // The QR code travels as an attached image referenced by cid: web mail blocks data: URLs.
  const withQr =
    attendee.status === "active" &&
    ["attendee-confirmation", "reminder", "waitlist-promoted"].includes(email.template);
  const qrCid = `check-in-${attendee.id}@sik`;
  if (withQr) {
    props.checkInQrSrc = `cid:${qrCid}`;
    props.checkInCode = shortCheckInCodeFor(attendee.id);
  }
  const templates = {
    "attendee-confirmation": [AttendeeConfirmationEmail, attendeeConfirmationSubject],
    "attendee-changed": [AttendeeChangedEmail, attendeeChangedSubject],
    "attendee-cancelled": [AttendeeCancelledEmail, attendeeCancelledSubject],
    "waitlist-promoted": [WaitlistPromotedEmail, waitlistPromotedSubject],
    reminder: [ReminderEmail, reminderSubject],
  } as const;
  const entry = templates[email.template as keyof typeof templates];
  if (!entry) throw new Error(`unknown e-mail template ${email.template}`);
  const [Template, subject] = entry;
  return {
    to: email.recipient,
    subject: subject(props),
    ...(await html(<Template {...props} />)),
    attachments: [
      ...calendarsFor(attendee, event, locale, now),
      ...(withQr
        ? [
            {
              filename: "incheckning.png",
              content: checkInQrPng(attendee.id),
              contentType: "image/png",
              cid: qrCid,
            },
          ]
        : []),
    ],
  };
}
