import { FatalError } from "./log";

const SUPPORTED_MAJOR = 24;

/**
 * The app runs on Node.js 24 LTS. `npm install` places a Node 24 binary in node_modules/.bin (the
 * registry's `node` package), and npm scripts put that folder first on PATH, so `npm start` and
 * `npm test` find it on a machine whose own Node is older.
 */
export function assertSupportedNode(version = process.versions.node): void {
  const major = Number(version.split(".")[0]);
  if (major >= SUPPORTED_MAJOR) return;
  throw new FatalError(
    `This app needs Node.js ${SUPPORTED_MAJOR} or later, and this is Node.js ${version}. ` +
      "Run it through npm (npm start, npm test), which uses the Node.js that npm install put in node_modules/.bin; " +
      "if node_modules is missing, run npm install first.",
  );
}
