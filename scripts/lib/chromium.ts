// Finds a Chromium for Playwright: CHROMIUM_PATH, then Debian's /usr/bin/chromium. Where neither
// exists (a developer's machine with internet access) Playwright installs its own browser.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { FatalError, info } from "./log";

export function resolveChromium(root: string): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  info("No Chromium found; installing Playwright's own (needs internet access).");
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "playwright", "cli.js"), "install", "chromium"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) {
    throw new FatalError(
      "Could not install a browser. Install Chromium (apt-get install chromium) or set CHROMIUM_PATH.",
    );
  }
  return undefined;
}
