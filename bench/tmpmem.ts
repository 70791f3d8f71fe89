import { startApp } from "../scripts/lib/app-process";
import { BENCH_ENV } from "./lib/ensure-build";
import { withScratchDatabase } from "./lib/scratch-database";
async function main() {
  await withScratchDatabase("mem", async (url) => {
    const app = await startApp(url, BENCH_ENV, ["--require", "/tmp/memlog.cjs", ...(process.env.ARGS?.split(" ").filter(Boolean) ?? [])]);
    const show = async (label: string) => { process.kill(app.pid, "SIGUSR2"); await new Promise((r) => setTimeout(r, 300)); const out = app.output(); const i = out.lastIndexOf("MEM"); console.log(label, out.slice(i).trim()); };
    await new Promise((r) => setTimeout(r, 2000));
    await show("fresh");
    for (const p of ["/events/lulea-2027", "/events/lulea-2027/register", "/admin/sign-in"]) await (await fetch(app.url + p)).text();
    await show("after pages");
    await fetch(app.url + "/api/events/lulea-2027/registrations", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await new Promise((r) => setTimeout(r, 1000));
    console.log(app.output().split("\n").filter((l) => l.includes("POOL") || l.includes("at ")).join("\n"));
    await app.kill();
  });
}
main();
