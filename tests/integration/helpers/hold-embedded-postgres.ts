// Starts the embedded PostgreSQL and holds it until killed, so a test can kill this process with
// SIGKILL and leave an orphaned postmaster behind, as a crashed `npm start` would.
import { startEmbeddedPostgres } from "../../../scripts/lib/embedded-postgres";

startEmbeddedPostgres({ dir: process.argv[2]!, port: Number(process.argv[3]) }).then(() => {
  console.log("ready");
  setInterval(() => {}, 1000);
});
