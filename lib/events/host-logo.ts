import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";

const EXTENSIONS = ["svg", "png", "webp"] as const;

/**
 * The host municipality's logo for an event, if staff have placed one at
 * `public/logos/<event slug>.svg` (or .png, .webp), as the operator's guide describes. Served from
 * the app's own origin, which the CSP allows; the pages show the host's name without one.
 */
export function hostLogoPath(slug: string): string | null {
  if (!/^[a-z0-9-]+$/.test(slug)) return null;
  for (const extension of EXTENSIONS) {
    const file = path.join(process.cwd(), "public", "logos", `${slug}.${extension}`);
    if (existsSync(file)) return `/logos/${slug}.${extension}`;
  }
  return null;
}
