// `npm run outbox:status`: what the outbox holds, and every mail that could not be delivered,
// so staff can see failures (and reach the people by other means) until the admin area shows them.
import { getOutboxStatus } from "../lib/mail/get-outbox-status";
import { db } from "../lib/db";

async function main() {
  const { counts, failed } = await getOutboxStatus();
  const states = ["pending", "sending", "sent", "failed"] as const;
  console.log(states.map((state) => `${state}: ${counts[state] ?? 0}`).join("  "));
  for (const mail of failed) {
    console.log(
      `✖ ${mail.updatedAt.toISOString()}  ${mail.template}  to ${mail.recipient}  after ${mail.attempts} attempts: ${mail.lastError ?? ""}`,
    );
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
