// Defence in depth against prototype pollution: if any input ever reaches Object.prototype, every
// plain object in the process inherits it (a "bcc" there would copy every mail to an attacker).
// The app checks before it sends mail and when asked for its health, and fails loudly instead.

// Object.prototype's own properties in every JavaScript engine (ECMAScript and Annex B).
const STANDARD: ReadonlySet<string> = new Set([
  "constructor",
  "__defineGetter__",
  "__defineSetter__",
  "hasOwnProperty",
  "__lookupGetter__",
  "__lookupSetter__",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toString",
  "valueOf",
  "__proto__",
  "toLocaleString",
]);

/** Properties someone added to Object.prototype; empty when it is as the engine made it. */
export function prototypePollution(): string[] {
  return Reflect.ownKeys(Object.prototype)
    .map(String)
    .filter((name) => !STANDARD.has(name));
}

export class PrototypePollutedError extends Error {
  constructor(names: string[]) {
    super(
      `Object.prototype was changed (${names.length} unexpected propert${names.length === 1 ? "y" : "ies"})`,
    );
    this.name = "PrototypePollutedError";
  }
}

/** Throws when Object.prototype holds anything it should not. */
export function assertPrototypeIntact() {
  const names = prototypePollution();
  if (names.length > 0) throw new PrototypePollutedError(names);
}
