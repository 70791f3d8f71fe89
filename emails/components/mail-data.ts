// What the templates show, as plain data: rendered the same from the outbox worker and from previews.

export type MailSignup = {
  activity: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  status: "confirmed" | "waitlisted" | "pending" | "cancelled";
  position: number | null;
};

export type MailPerson = {
  name: string;
  isVotingDelegate: boolean;
  /** Named voting delegate by a registration awaiting approval. */
  votePending?: boolean;
  signups: MailSignup[];
};

export type MailEventInfo = {
  name: string;
  startsAt: Date;
  endsAt: Date;
  where: string;
  contactEmail: string;
  changeDeadline: Date;
};

export type AttendeeMailProps = {
  locale: "sv" | "en";
  event: MailEventInfo;
  organisation: string;
  person: MailPerson;
  /** The person's own link; only the first confirmation carries it. */
  manageUrl: string | null;
  /** The activity a promotion is about. */
  activity?: string;
  /** The image source of the person's check-in QR code (a cid: reference to the attached PNG). */
  checkInQrSrc?: string;
  /** The short check-in code printed beside the QR code, for reading out or typing. */
  checkInCode?: string;
};

export type RegistrationMailProps = {
  locale: "sv" | "en";
  event: MailEventInfo;
  organisation: string;
  reference: string;
  people: MailPerson[];
  /** Whether the organisation is a member, and so has a vote at the annual meeting. */
  isMember: boolean;
  manageUrl: string | null;
  /** Why the registration awaits approval (PendingReason values); empty when it counts already. */
  pendingReasons?: string[];
};
