// Reading a posted form. Field names come from whoever posts, so a name never becomes a key of a
// plain object unless it is a known safe key, and nested values are built on objects without a
// prototype: "answers.__proto__.bcc" can never reach Object.prototype.
import { AppError } from "@/lib/errors";
import { storableDraftText } from "./fields";

/** More fields than any form of the app has, by far (25 delegates × ~20 fields). */
export const MAX_FORM_FIELDS = 1500;
/** Answers per activity, and activities answered, per person. */
export const MAX_ANSWER_KEYS = 20;
export const MAX_ANSWERED_ACTIVITIES = 30;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Whether a key from input can be a property of a plain object without touching its prototype. */
export function isSafeObjectKey(key: string): boolean {
  return !FORBIDDEN_KEYS.has(key);
}

/** Whether a key from input may be used as a property name: a plain word, never a prototype's. */
export function isSafeKey(key: string): boolean {
  return KEY.test(key) && !FORBIDDEN_KEYS.has(key);
}

/** An object with no prototype, for values keyed by input. */
export function keyedObject<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export type Answers = Record<string, Record<string, string>>;

/** A posted form read once: values by name, each a string (files are ignored), with bounded size. */
export class FormInput {
  private readonly values = new Map<string, string[]>();

  constructor(form: FormData) {
    let count = 0;
    for (let [name, value] of form.entries()) {
      if (++count > MAX_FORM_FIELDS)
        throw new AppError("validation", "too many form fields", [], {}, "tooManyFields");
      if (typeof value !== "string") continue;
      name = storableDraftText(name);
      // Kept in drafts as typed; what cannot be stored is refused by the schemas, never by PostgreSQL.
      value = storableDraftText(value);
      const list = this.values.get(name);
      if (list) list.push(value);
      else this.values.set(name, [value]);
    }
  }

  text(name: string): string {
    return this.values.get(name)?.[0] ?? "";
  }

  all(name: string, max = 100): string[] {
    return (this.values.get(name) ?? []).slice(0, max);
  }

  checked(name: string): boolean {
    return this.text(name) === "yes";
  }

  /**
   * Answers posted as `<prefix>answers.<activityId>.<questionKey>`. Unsafe keys are dropped (no
   * form of the app makes them) and counts capped; they are gathered on prototype-free objects
   * and handed back as plain ones (forms send them back to the browser, which takes only those).
   */
  answers(prefix: string): Answers {
    const start = `${prefix}answers.`;
    const answers = keyedObject<Record<string, string>>();
    let activities = 0;
    for (const [name, list] of this.values) {
      if (!name.startsWith(start)) continue;
      const rest = name.slice(start.length);
      const dot = rest.indexOf(".");
      if (dot < 0) continue;
      const activity = rest.slice(0, dot);
      const question = rest.slice(dot + 1);
      if (!isSafeKey(activity) || !isSafeKey(question)) continue;
      let byQuestion = answers[activity];
      if (!byQuestion) {
        if (++activities > MAX_ANSWERED_ACTIVITIES) continue;
        byQuestion = answers[activity] = keyedObject<string>();
      }
      if (Object.keys(byQuestion).length >= MAX_ANSWER_KEYS) continue;
      // A multiple-choice question posts one value per ticked box: kept one per line.
      byQuestion[question] = list.slice(0, MAX_ANSWER_KEYS).join("\n");
    }
    return Object.fromEntries(
      Object.entries(answers).map(([activity, byQuestion]) => [activity, { ...byQuestion }]),
    );
  }
}
