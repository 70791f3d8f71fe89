import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/localised-link";
import type { ManageView } from "@/lib/registrations/get-manage-view";
import { AttendeeForm } from "./attendee-form";
import type { StepState } from "@/lib/actions/form-state";
import type { AttendeeFormMode, AttendeeValues } from "@/lib/actions/attendee-values";

type Attendee = ManageView["registration"]["attendees"][number];

const EMPTY: AttendeeValues = {
  name: "",
  email: "",
  title: "",
  phone: "",
  dietChoices: [],
  dietOther: "",
  allergies: "",
  accessibilityNeeds: "",
  listConsent: false,
  activityIds: [],
  isVotingDelegate: false,
  answers: {},
};

/** The page around the attendee form: heading, the form for the chosen mode, a way back. */
export async function AttendeeFormPage({
  action,
  backHref,
  view,
  attendee,
  mode,
}: {
  action: (state: StepState<AttendeeValues>, form: FormData) => Promise<StepState<AttendeeValues>>;
  backHref: string;
  view: ManageView;
  attendee?: Attendee;
  mode: AttendeeFormMode;
}) {
  const t = await getTranslations("manage");
  const held =
    attendee?.signups.filter((signup) => signup.status !== "cancelled").map((signup) => signup.activityId) ??
    [];
  const values: AttendeeValues = attendee
    ? {
        name: attendee.name,
        email: attendee.email,
        title: attendee.title,
        phone: attendee.phone ?? "",
        dietChoices: attendee.dietChoices,
        dietOther: attendee.dietOther,
        allergies: attendee.allergies,
        accessibilityNeeds: attendee.accessibilityNeeds,
        listConsent: attendee.listConsent,
        activityIds: held,
        // Awaiting approval, the vote is asked for rather than held; the box shows what was asked.
        isVotingDelegate: attendee.isVotingDelegate || attendee.votePending,
        answers: Object.fromEntries([
          ...attendee.signups.map((signup) => [signup.activityId, signup.answers]),
          [view.event.id, attendee.answers],
        ]),
      }
    : EMPTY;
  const title =
    mode === "add"
      ? t("addTitle")
      : mode === "details"
        ? t("detailsTitle", { name: attendee!.name })
        : t("choicesTitle", { name: attendee!.name });
  return (
    <div className="container container--narrow stack">
      <p>
        <Link href={backHref} className="back-link">
          {t("backToOverview")}
        </Link>
      </p>
      <h1>{title}</h1>
      <AttendeeForm
        mode={mode}
        action={action}
        values={values}
        activities={view.event.activities}
        meeting={{
          id: view.event.id,
          name: view.event.name,
          questions: view.event.questions,
          everyone: true,
        }}
        isMember={view.registration.organisation.isMember}
        held={held}
        now={new Date()}
        position={
          attendee
            ? view.registration.attendees.findIndex((candidate) => candidate.id === attendee.id) + 1
            : view.registration.attendees.filter((candidate) => candidate.status === "active").length + 1
        }
      />
    </div>
  );
}
