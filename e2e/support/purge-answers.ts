// Runs the scheduled clean-up of short-lived answers for one meeting (argv[3]) as it would run at
// the moment given in argv[2], against DATABASE_URL: the end-to-end journey's way of letting a
// day pass without touching the other journeys' meetings.
import { purgeExpiredAnswers } from "../../lib/privacy/purge-expired-answers";
import { db } from "../../lib/db";
import { pool } from "../../lib/sql";

async function main() {
  try {
    // As text: a number is coloured when the environment asks for colour (FORCE_COLOR).
    console.log(String(await purgeExpiredAnswers(new Date(process.argv[2]!), process.argv[3]!)));
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

void main();
