// The limit of this machine for a registration: a bare node:http server that parses the same JSON
// and writes the same rows (registration, attendees, signups, outbox mails, audit row) in one
// transaction with `pg`, with no framework, validation or rules. The app is measured against it.
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import pg from "pg";

type Body = {
  idempotencyKey: string;
  organisation: { id: string };
  contact: { name: string; email: string; phone: string };
  delegates: { name: string; email: string; title: string; activityIds: string[] }[];
};

export async function startBaselineServer(
  databaseUrl: string,
  eventId: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server: Server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk));
    request.on("end", async () => {
      const client = await pool.connect();
      try {
        const body = JSON.parse(raw) as Body;
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
        response
          .writeHead(201, { "content-type": "application/json" })
          .end(JSON.stringify({ id: registrationId }));
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        response.writeHead(500).end(String(error));
      } finally {
        client.release();
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
