// The seed: the member register and the Luleå meeting, entered through the schemas and services
// the app's own forms use (as the seed administrator, lib/auth/act-as-seed.ts), so seeded data
// obeys every rule staff data does and leaves the same audit trail. Idempotent: it adds what is
// missing and leaves alone what exists, so re-running it never overwrites what staff have edited.
import { db } from "@/lib/db";
import { actAsSeed } from "@/lib/auth/act-as-seed";
import type { Staff } from "@/lib/auth/staff-session";
import { saveOrganisation } from "@/lib/organisations/save-organisation";
import { copyEvent } from "@/lib/events/copy-event";
import { updateEventPlace } from "@/lib/admin/update-event-place";
import { updateActivitySettings, updateEventSettings } from "@/lib/admin/update-event-settings";
import { updateEventThemes } from "@/lib/events/update-event-themes";
import { updateProgramme } from "@/lib/events/update-programme";
import { addActivity } from "@/lib/admin/add-activity";
import { addActivityQuestion } from "@/lib/admin/add-activity-question";
import { organisationInput } from "@/lib/validation/organisation";
import { newEventInput } from "@/lib/validation/new-event";
import {
  activitySettingsInput,
  eventPlaceInput,
  eventSettingsInput,
  newActivityInput,
} from "@/lib/validation/event-settings";
import { eventThemesInput } from "@/lib/validation/event-themes";
import { programmeInput } from "@/lib/validation/programme";
import { activityQuestionInput } from "@/lib/validation/activity-question";
import { memberOrganisations } from "./organisations";
import {
  HOST_NAME,
  luleaActivities,
  luleaNewEvent,
  luleaPlace,
  luleaProgramme,
  luleaSettings,
  luleaThemes,
} from "./lulea-2027";

async function seedRegister(staff: Staff) {
  const existing = new Set(
    (await db.organisation.findMany({ select: { name: true } })).map((row) => row.name),
  );
  for (const organisation of memberOrganisations) {
    if (existing.has(organisation.name)) continue;
    await saveOrganisation(
      staff,
      organisationInput.parse({
        name: organisation.name,
        orgNumber: "",
        isMember: true,
        votes: "1",
        emailDomains: "",
      }),
    );
  }
}

/** The Luleå meeting as an association administrator sets it up: created, filled in, published last. */
async function seedLulea(staff: Staff) {
  const host = await db.organisation.findUniqueOrThrow({ where: { name: HOST_NAME } });
  const { slug } = await copyEvent(
    staff,
    newEventInput.parse({ ...luleaNewEvent, sourceSlug: "", hostOrganisationId: host.id }),
  );
  await updateEventPlace(
    staff,
    slug,
    eventPlaceInput.parse({
      ...luleaPlace,
      city: luleaNewEvent.city,
      venueName: luleaNewEvent.venueName,
      venueAddress: luleaNewEvent.venueAddress,
      hostOrganisationId: host.id,
      contactEmail: luleaNewEvent.contactEmail,
      notifyRegistered: false,
    }),
  );
  await updateEventThemes(staff, slug, eventThemesInput.parse(luleaThemes));
  await updateProgramme(staff, slug, programmeInput.parse(luleaProgramme));
  for (const { key, questions = [], ...fields } of luleaActivities) {
    let id: string;
    if (fields.kind === "annual_meeting") {
      // The new meeting starts with its annual meeting; it gets the texts and times of this one.
      ({ id } = await db.activity.findFirstOrThrow({
        where: { event: { slug }, kind: "annual_meeting" },
        select: { id: true },
      }));
      await updateActivitySettings(
        staff,
        id,
        activitySettingsInput.parse({ ...fields, overrideCapacity: false }),
      );
    } else {
      ({ id } = await addActivity(staff, slug, newActivityInput.parse(fields), { key }));
    }
    for (const { key: questionKey, ...question } of questions) {
      await addActivityQuestion(staff, slug, id, activityQuestionInput.parse(question), { key: questionKey });
    }
  }
  // Published last: publishing takes the register as the meeting's membership.
  await updateEventSettings(staff, slug, eventSettingsInput.parse(luleaSettings));
}

export async function seed() {
  await actAsSeed(async (staff) => {
    await seedRegister(staff);
    if (!(await db.event.findUnique({ where: { slug: luleaNewEvent.slug }, select: { id: true } })))
      await seedLulea(staff);
  });
  const placeholders = memberOrganisations.filter((organisation) => !organisation.confirmed).length;
  return { event: luleaNewEvent.slug, organisations: memberOrganisations.length, placeholders };
}
