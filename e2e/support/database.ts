// Direct access to the e2e database for what a browser cannot see: the private links waiting in
// the outbox (until the e-mail pipeline sends them) and capacity changes that set up a full activity.
import pg from "pg";

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** The private link the outbox holds for an attendee (by e-mail) or a contact (by reference). */
export async function manageTokenForAttendee(email: string): Promise<string> {
  const rows = await query<{ token: string }>(
    `SELECT o.payload->>'manageToken' AS token FROM "OutboxEmail" o
     JOIN "Attendee" a ON a.id::text = o.payload->>'attendeeId'
     WHERE a.email = $1 AND o.template = 'attendee-confirmation' ORDER BY o."createdAt" DESC LIMIT 1`,
    [email.toLowerCase()],
  );
  return rows[0]!.token;
}

export async function manageTokenForRegistration(reference: string): Promise<string> {
  const rows = await query<{ token: string }>(
    `SELECT o.payload->>'manageToken' AS token FROM "OutboxEmail" o
     JOIN "Registration" r ON r.id::text = o.payload->>'registrationId'
     WHERE r.reference = $1 AND o.template = 'registration-received' LIMIT 1`,
    [reference],
  );
  return rows[0]!.token;
}

export async function referenceForAttendee(email: string): Promise<string> {
  const rows = await query<{ reference: string }>(
    `SELECT r.reference FROM "Registration" r JOIN "Attendee" a ON a."registrationId" = r.id WHERE a.email = $1`,
    [email.toLowerCase()],
  );
  return rows[0]!.reference;
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
