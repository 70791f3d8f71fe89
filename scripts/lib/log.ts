// The launcher's and test runner's voice: one line per message, no stack traces for people.
export function info(message: string) {
  console.log(`▸ ${message}`);
}

export class FatalError extends Error {}

/** Prints a FatalError as one line; anything else is a bug and keeps its stack. */
export function exitWith(error: unknown): never {
  if (error instanceof FatalError) {
    console.error(`✖ ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
