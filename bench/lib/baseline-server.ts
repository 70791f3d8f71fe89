// The limit of this machine for a registration: a bare node:http server that parses the same JSON
// and writes the same rows (registration, attendees, signups, outbox mails, audit row) with `pg`,
// with no framework, validation or rules. The app is measured against it.
//
// "batched" is the best bare implementation, and the limit the ratio is taken against: the app's
// own three round trips (the rate limit, one read of what the checks need, one statement that
// writes every row), so the ratio measures what Next.js, validation, the rules and our layers
// cost. "row-by-row" is the obvious bare implementation (a transaction with one INSERT per row,
// 16 round trips for 3 delegates × 2 activities), reported once beside it for reference.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import pg from "pg";

type Body = {
  idempotencyKey: string;
  organisation: { id: string };
  contact: { name: string; email: string; phone: string };
  delegates: { name: string; email: string; title: string; activityIds: string[] }[];
};

export type BaselineMode = "batched" | "row-by-row";

export async function startBaselineServer(
  databaseUrl: string,
  eventId: string,
  mode: BaselineMode = "batched",
): Promise<{ url: string; close: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const write = mode === "batched" ? writeBatched : writeRowByRow;
  const server: Server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk));
    request.on("end", async () => {
      try {
        const registrationId = await write(
          pool,
          eventId,
          JSON.parse(raw) as Body,
          request.socket.remoteAddress ?? "",
        );
        response
          .writeHead(201, { "content-type": "application/json" })
          .end(JSON.stringify({ id: registrationId }));
      } catch (error) {
        response.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

/** The app's three round trips, as plain SQL: count the request, read the context, write every row. */
async function writeBatched(pool: pg.Pool, eventId: string, body: Body, address: string): Promise<string> {
  const windowStart = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  await pool.query(
    `INSERT INTO "RateLimit" (key, "windowStart", count) VALUES ($1, $2, 1)
     ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimit".count + 1 RETURNING count`,
    [`baseline:${address}`, windowStart],
  );
  await pool.query(
    `SELECT e.*, earlier.id AS "earlierId",
            coalesce((SELECT json_agg(a) FROM "Activity" a WHERE a."eventId" = e.id), '[]') AS activities,
            (SELECT row_to_json(o) FROM "Organisation" o WHERE o.id = $3) AS organisation,
            ARRAY(SELECT email FROM "Attendee"
                  WHERE "eventId" = e.id AND status = 'active' AND email = ANY($4::text[])) AS "takenEmails",
            EXISTS(SELECT 1 FROM "Attendee" WHERE "eventId" = e.id AND "organisationId" = $3
                     AND "isVotingDelegate" AND status = 'active') AS "votingDelegateNamed"
     FROM "Event" e
     LEFT JOIN "Registration" earlier ON earlier."eventId" = e.id AND earlier."idempotencyKey" = $2
     WHERE e.id = $1`,
    [eventId, body.idempotencyKey, body.organisation.id, body.delegates.map((delegate) => delegate.email)],
  );
  const now = new Date();
  const registrationId = randomUUID();
  const registration = {
    id: registrationId,
    eventId,
    organisationId: body.organisation.id,
    reference: `BAS-${randomBytes(4).toString("hex")}`,
    contactName: body.contact.name,
    contactEmail: body.contact.email,
    contactPhone: body.contact.phone,
    manageTokenHash: randomBytes(32).toString("hex"),
    idempotencyKey: body.idempotencyKey,
    consentAt: now,
    createdAt: now,
    updatedAt: now,
  };
  const attendees = body.delegates.map((delegate) => ({
    id: randomUUID(),
    registrationId,
    eventId,
    organisationId: body.organisation.id,
    name: delegate.name,
    email: delegate.email,
    title: delegate.title,
    manageTokenHash: randomBytes(32).toString("hex"),
    createdAt: now,
    updatedAt: now,
  }));
  const signups = body.delegates.flatMap((delegate, index) =>
    delegate.activityIds.map((activityId) => ({
      id: randomUUID(),
      attendeeId: attendees[index]!.id,
      activityId,
      eventId,
      status: "confirmed",
      createdAt: now,
      updatedAt: now,
    })),
  );
  const mails = [
    ...attendees.map((attendee) => ({
      id: randomUUID(),
      eventId,
      recipient: attendee.email,
      template: "attendee-confirmation",
      payload: { attendeeId: attendee.id },
      createdAt: now,
      updatedAt: now,
    })),
    {
      id: randomUUID(),
      eventId,
      recipient: body.contact.email,
      template: "registration-received",
      payload: { registrationId },
      createdAt: now,
      updatedAt: now,
    },
  ];
  const audit = {
    id: randomUUID(),
    eventId,
    actorType: "contact",
    action: "registration.created",
    entityType: "Registration",
    entityId: registrationId,
    changes: {},
    createdAt: now,
  };
  const tables: [string, object[]][] = [
    ["Registration", [registration]],
    ["Attendee", attendees],
    ["OutboxEmail", mails],
    ["AuditEntry", [audit]],
    ["Signup", signups],
  ];
  // Each table's rows as one JSON parameter, every insert but the last in a WITH: one statement.
  const inserts = tables.map(([table, rows], index) => {
    const columns = Object.keys(rows[0]!)
      .map((column) => `"${column}"`)
      .join(", ");
    return `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $${index + 1}::json)`;
  });
  const last = inserts.pop()!;
  await pool.query(
    `WITH ${inserts.map((insert, index) => `i${index} AS (${insert})`).join(", ")} ${last}`,
    tables.map(([, rows]) => JSON.stringify(rows)),
  );
  return registrationId;
}

/** The obvious bare implementation: one transaction, one INSERT per row. */
async function writeRowByRow(pool: pg.Pool, eventId: string, body: Body): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const registration = await client.query<{ id: string }>(
      `INSERT INTO "Registration" (id, "eventId", "organisationId", reference, "contactName", "contactEmail", "contactPhone",
         "manageTokenHash", "idempotencyKey", "consentAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, now(), now()) RETURNING id`,
      [
        eventId,
        body.organisation.id,
        `BAS-${randomBytes(4).toString("hex")}`,
        body.contact.name,
        body.contact.email,
        body.contact.phone,
        randomBytes(32).toString("hex"),
        body.idempotencyKey,
      ],
    );
    const registrationId = registration.rows[0]!.id;
    for (const delegate of body.delegates) {
      const attendee = await client.query<{ id: string }>(
        `INSERT INTO "Attendee" (id, "registrationId", "eventId", "organisationId", name, email, title, "manageTokenHash", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, now()) RETURNING id`,
        [
          registrationId,
          eventId,
          body.organisation.id,
          delegate.name,
          delegate.email,
          delegate.title,
          randomBytes(32).toString("hex"),
        ],
      );
      for (const activityId of delegate.activityIds) {
        await client.query(
          `INSERT INTO "Signup" (id, "attendeeId", "activityId", "eventId", status, "updatedAt")
           VALUES (gen_random_uuid(), $1, $2, $3, 'confirmed', now())`,
          [attendee.rows[0]!.id, activityId, eventId],
        );
      }
      await client.query(
        `INSERT INTO "OutboxEmail" (id, "eventId", recipient, template, payload, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'attendee-confirmation', $3, now())`,
        [eventId, delegate.email, JSON.stringify({ attendeeId: attendee.rows[0]!.id })],
      );
    }
    await client.query(
      `INSERT INTO "OutboxEmail" (id, "eventId", recipient, template, payload, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, 'registration-received', $3, now())`,
      [eventId, body.contact.email, JSON.stringify({ registrationId })],
    );
    await client.query(
      `INSERT INTO "AuditEntry" (id, "eventId", "actorType", action, "entityType", "entityId", changes)
       VALUES (gen_random_uuid(), $1, 'contact', 'registration.created', 'Registration', $2, '{}')`,
      [eventId, registrationId],
    );
    await client.query("COMMIT");
    return registrationId;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
