// Direct access to the e2e database for set-ups a browser cannot make, such as a full activity.
import { randomUUID } from "node:crypto";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type pg from "pg";
import { deriveLinkToken, linkKey } from "../../lib/security/derive-link-token";
import { checkInKey, deriveShortCode } from "../../lib/check-in/derive-check-in-code";
import { hashToken } from "../../lib/registrations/tokens";
import { queryRows } from "../../scripts/lib/database";

function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  return queryRows<T>(process.env.DATABASE_URL!, sql, values);
}

/** Makes an activity full by lowering its capacity to the places already confirmed; returns the old capacity. */
export async function fillActivity(key: string): Promise<number | null> {
  const rows = await query<{ capacity: number | null }>(
    `WITH old AS (SELECT id, capacity FROM "Activity" WHERE key = $1)
     UPDATE "Activity" a SET capacity = (SELECT count(*) FROM "Signup" s WHERE s."activityId" = a.id AND s.status = 'confirmed')
     FROM old WHERE a.id = old.id RETURNING old.capacity`,
    [key],
  );
  return rows[0]!.capacity;
}

export async function setCapacity(key: string, capacity: number | null) {
  await query(`UPDATE "Activity" SET capacity = $2 WHERE key = $1`, [key, capacity]);
}

export async function organisationId(name: string): Promise<string> {
  const rows = await query<{ id: string }>(`SELECT id FROM "Organisation" WHERE name = $1`, [name]);
  return rows[0]!.id;
}

/** The id of the seeded meeting's activity with this key. */
export async function activityId(key: string): Promise<string> {
  const rows = await query<{ id: string }>(
    `SELECT a.id FROM "Activity" a JOIN "Event" e ON e.id = a."eventId" WHERE e.slug = 'lulea-2027' AND a.key = $1`,
    [key],
  );
  return rows[0]!.id;
}

/** The id of some attendee of the seeded meeting, for routes that need one. */
export async function someAttendeeId(): Promise<string> {
  const rows = await query<{ id: string }>(`SELECT id FROM "Attendee" ORDER BY "createdAt" LIMIT 1`);
  return rows[0]!.id;
}

/** The id of some registration of the seeded meeting, for routes about a contact person. */
export async function someRegistrationId(): Promise<string> {
  const rows = await query<{ id: string }>(`SELECT id FROM "Registration" ORDER BY "createdAt" LIMIT 1`);
  return rows[0]!.id;
}

/** The id of the attendee registered with this address. */
export async function attendeeIdByEmail(email: string): Promise<string> {
  const rows = await query<{ id: string }>(`SELECT id FROM "Attendee" WHERE email = $1`, [email]);
  return rows[0]!.id;
}

/** Stores answers to extra questions on an attendee's sign-ups, as a visit's sign-up would. */
export async function setSignupAnswers(attendeeId: string, answers: Record<string, string>) {
  await query(`UPDATE "Signup" SET answers = $2::jsonb WHERE "attendeeId" = $1`, [
    attendeeId,
    JSON.stringify(answers),
  ]);
}

/**
 * An invitation of the organisation to the seeded meeting, as staff would send it, and its link's
 * token: a registration made with it speaks for the organisation at once.
 */
export async function invitationToken(organisationId: string): Promise<string> {
  const id = randomUUID();
  const token = deriveLinkToken(linkKey(process.env.AUTH_SECRET!, "invitation"), id);
  await query(
    `INSERT INTO "Invitation" (id, "eventId", "organisationId", email, "tokenHash")
     SELECT $1, id, $2, $3, $4 FROM "Event" WHERE slug = 'lulea-2027'`,
    [id, organisationId, `kontakt.${id}@example.se`, hashToken(token)],
  );
  return token;
}

/** The path of a new invitation link of the municipality to the seeded meeting. */
export async function invitationPath(municipality: string): Promise<string> {
  return `/events/lulea-2027/register?invitation=${await invitationToken(await organisationId(municipality))}`;
}

/** The answers held by the sign-ups to one activity of a meeting, one object per sign-up. */
export async function signupAnswers(slug: string, activityKey: string): Promise<Record<string, string>[]> {
  const rows = await query<{ answers: Record<string, string> }>(
    `SELECT s.answers FROM "Signup" s JOIN "Activity" a ON a.id = s."activityId" JOIN "Event" e ON e.id = a."eventId"
     WHERE e.slug = $1 AND a.key = $2`,
    [slug, activityKey],
  );
  return rows.map((row) => row.answers);
}

/** The end of a meeting's activity. */
export async function activityEnd(slug: string, activityKey: string): Promise<Date> {
  const rows = await query<{ endsAt: Date }>(
    `SELECT a."endsAt" FROM "Activity" a JOIN "Event" e ON e.id = a."eventId" WHERE e.slug = $1 AND a.key = $2`,
    [slug, activityKey],
  );
  return rows[0]!.endsAt;
}

/**
 * Runs the app's clean-up of a meeting's short-lived answers as it would run at `at`, in a process of its own
 * (the app's modules read their database from the environment); returns how many it deleted.
 */
export async function purgeAnswersAt(slug: string, at: Date): Promise<number> {
  const root = path.resolve(__dirname, "..", "..");
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [
      "--require",
      "./scripts/lib/server-context.cjs",
      "--import",
      "tsx",
      "e2e/support/purge-answers.ts",
      at.toISOString(),
      slug,
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        OUTBOX_WORKER: "off",
        AUTH_SECRET: process.env.AUTH_SECRET || "e2e-clean-up-signs-nothing-0123456789",
      },
    },
  );
  // The app's own log lines may come first; the count is the last line.
  const purged = Number(stdout.trim().split("\n").at(-1));
  if (Number.isNaN(purged)) throw new Error(`The clean-up printed no count: ${stdout}${stderr}`);
  return purged;
}

/** A contact of the member register for the organisation, as an administrator would add one. */
export async function addMemberContact(organisation: string, name: string, email: string) {
  await query(
    `INSERT INTO "MemberContact" (id, "organisationId", name, email, "updatedAt")
     SELECT $1, id, $3, $4, now() FROM "Organisation" WHERE name = $2
     ON CONFLICT ("organisationId", email) DO NOTHING`,
    [randomUUID(), organisation, name, email],
  );
}

/**
 * A meeting under way today whose registration has closed, with one activity of Luleå's (day 1,
 * as "Dagen") and the e2e staff member's role: the door's own journeys use it, so they change no
 * dates of the meeting the other journeys register for.
 */
export async function meetingUnderWay(slug: string): Promise<void> {
  await query(
    `WITH ev AS (
       INSERT INTO "Event" (id, slug, "nameSv", "nameEn", "summarySv", "summaryEn", themes, "startsAt", "endsAt",
         "venueName", "venueAddress", city, "referencePrefix", "contactEmail", "registrationOpensAt",
         "registrationClosesAt", "changeDeadline", status, "retainUntil", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Träff i dag', 'Meeting today', 'Pågår', 'Under way',
         '[{"titleSv":"Infrastruktur","titleEn":"Infrastructure","textSv":"","textEn":""},
           {"titleSv":"Talangjakt","titleEn":"Talent attraction","textSv":"","textEn":""}]',
         now() - interval '1 hour', now() + interval '8 hours', 'Kulturens hus', 'Skeppsbrogatan 17',
         'Luleå', 'DAG', 'dag@example.se', now() - interval '30 days', now() - interval '1 day',
         now() - interval '1 day', 'closed', now() + interval '90 days', now())
       RETURNING id
     ), activity AS (
       INSERT INTO "Activity" (id, "eventId", key, kind, "nameSv", "nameEn", "placeSv", "placeEn",
         "startsAt", "endsAt", "servesMeal", "updatedAt")
       SELECT gen_random_uuid(), ev.id, 'day', 'programme', 'Dagen', 'The day', 'Kulturens hus',
         'Kulturens hus', now(), now() + interval '6 hours', true, now() FROM ev
     )
     INSERT INTO "EventRole" (id, "eventId", "userId", role)
     SELECT gen_random_uuid(), ev.id, u.id, 'staff' FROM ev, "User" u WHERE u.email = $2`,
    [slug, "staff@e2e.example.se"],
  );
}

/**
 * A meeting open for registration with one activity ("day", "Dagen") of one place and a waiting
 * list: journeys about a queue use it, so no other journey's registrations join their queue.
 */
export async function meetingWithQueue(slug: string): Promise<void> {
  await query(
    `WITH ev AS (
       INSERT INTO "Event" (id, slug, "nameSv", "nameEn", "summarySv", "summaryEn", themes, "startsAt", "endsAt",
         "venueName", "venueAddress", city, "referencePrefix", "contactEmail", "registrationOpensAt",
         "registrationClosesAt", "changeDeadline", status, "retainUntil", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Träff med kö', 'Meeting with a queue', 'Kö', 'Queue', '[]',
         now() + interval '60 days', now() + interval '61 days', 'Kulturens hus', 'Skeppsbrogatan 17',
         'Luleå', 'KOE', 'ko@example.se', now() - interval '1 day', now() + interval '30 days',
         now() + interval '30 days', 'open', now() + interval '180 days', now())
       RETURNING id
     )
     INSERT INTO "Activity" (id, "eventId", key, kind, "nameSv", "nameEn", "placeSv", "placeEn",
       "startsAt", "endsAt", capacity, "waitlistEnabled", "updatedAt")
     SELECT gen_random_uuid(), ev.id, 'day', 'programme', 'Dagen', 'The day', 'Kulturens hus', 'Kulturens hus',
       now() + interval '60 days', now() + interval '60 days 6 hours', 1, true, now() FROM ev`,
    [slug],
  );
}

/** People registered for the meeting under way (day 1 confirmed), not yet checked in; returns their ids. */
export async function registeredPeople(slug: string, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const rows = await query<{ id: string }>(
      `WITH ev AS (SELECT id FROM "Event" WHERE slug = $1),
       org AS (
         INSERT INTO "Organisation" (id, name, "updatedAt") VALUES (gen_random_uuid(), 'Dörrbolaget', now())
         ON CONFLICT (name) DO UPDATE SET "updatedAt" = now() RETURNING id
       ), reg AS (
         INSERT INTO "Registration" (id, "eventId", "organisationId", reference, "contactName", "contactEmail",
           "contactPhone", "manageTokenHash", "idempotencyKey", "consentAt", "updatedAt")
         SELECT gen_random_uuid(), ev.id, org.id, 'DAG-' || substr(md5(random()::text), 1, 6), $2, $3, '',
           md5(random()::text), md5(random()::text), now(), now() FROM ev, org
         RETURNING id, "eventId", "organisationId"
       ), person AS (
         INSERT INTO "Attendee" (id, "registrationId", "eventId", "organisationId", name, email, title,
           "manageTokenHash", "updatedAt")
         SELECT gen_random_uuid(), reg.id, reg."eventId", reg."organisationId", $2, $3, '', md5(random()::text), now()
         FROM reg RETURNING id, "eventId"
       ), place AS (
         INSERT INTO "Signup" (id, "attendeeId", "activityId", "eventId", status, "updatedAt")
         SELECT gen_random_uuid(), person.id, a.id, person."eventId", 'confirmed', now()
         FROM person JOIN "Activity" a ON a."eventId" = person."eventId" AND a.key = 'day'
       )
       SELECT id FROM person`,
      [slug, name, `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${randomUUID().slice(0, 8)}@example.se`],
    );
    ids.push(rows[0]!.id);
  }
  return ids;
}

/** A person's short check-in code, as their mail prints it (the app's own derivation). */
export function shortCodeOf(attendeeId: string): string {
  return deriveShortCode(checkInKey(process.env.AUTH_SECRET!), attendeeId);
}

/** When the person was checked in at the entrance, or null. */
export async function checkedInAt(attendeeId: string): Promise<Date | null> {
  const rows = await query<{ checkedInAt: Date | null }>(
    `SELECT "checkedInAt" FROM "Attendee" WHERE id = $1`,
    [attendeeId],
  );
  return rows[0]!.checkedInAt;
}

/** The address a person was registered with. */
export async function emailOfAttendee(attendeeId: string): Promise<string> {
  const rows = await query<{ email: string }>(`SELECT email FROM "Attendee" WHERE id = $1`, [attendeeId]);
  return rows[0]!.email;
}

/** The stored evaluation answers of a meeting, every column as stored. */
export async function evaluationAnswers(slug: string): Promise<Record<string, unknown>[]> {
  return query(
    `SELECT r.* FROM "EvaluationResponse" r JOIN "Event" e ON e.id = r."eventId" WHERE e.slug = $1`,
    [slug],
  );
}
