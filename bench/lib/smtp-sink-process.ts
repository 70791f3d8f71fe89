// A local SMTP sink in a process of its own, so its protocol work does not share the measured
// worker's thread: `node --import tsx bench/lib/smtp-sink-process.ts <port>`. Prints "ready",
// then on SIGTERM how many mails it received, and exits.
import { SmtpSink } from "../../tests/integration/helpers/smtp-sink";

async function main() {
  const sink = new SmtpSink(Number(process.argv[2]), { keep: false });
  await sink.start();
  console.log("ready");
  process.once("SIGTERM", () => {
    console.log(`received ${sink.count}`);
    process.exit(0);
  });
}

void main();
