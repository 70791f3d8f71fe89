/** One person's details as the private-link forms edit them. */
export type AttendeeValues = {
  name: string;
  email: string;
  title: string;
  phone: string;
  dietChoices: string[];
  dietOther: string;
  allergies: string;
  accessibilityNeeds: string;
  listConsent: boolean;
  activityIds: string[];
  isVotingDelegate: boolean;
  answers: Record<string, Record<string, string>>;
};

/** Which parts of a person the form edits: details and needs, programme choices, or all (a new delegate). */
export type AttendeeFormMode = "details" | "choices" | "add";
