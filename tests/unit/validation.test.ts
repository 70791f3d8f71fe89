import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { messagesFor } from "@/lib/i18n/messages";
import { describeFieldIssue, toFieldIssues } from "@/lib/validation/field-errors";
import { emailAddress, phoneNumber, requiredText } from "@/lib/validation/fields";

const schema = z.object({ name: requiredText(10), email: emailAddress, phone: phoneNumber });

function errorsFor(input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a validation error");
  return toFieldIssues(result.error);
}

describe("shared field schemas", () => {
  it("normalise valid input", () => {
    expect(schema.parse({ name: "  Anna ", email: " Anna@Lulea.SE ", phone: "+46 70-123 45 67" })).toEqual({
      name: "Anna",
      email: "anna@lulea.se",
      phone: "+46 70-123 45 67",
    });
  });

  it("report a code per field, not prose", () => {
    expect(errorsFor({ name: "", email: "not-an-address", phone: "call me" })).toEqual([
      { field: "name", code: "required", params: {} },
      { field: "email", code: "email", params: {} },
      { field: "phone", code: "phone", params: {} },
    ]);
    expect(errorsFor({ name: "x".repeat(11), email: "a@b.se", phone: "0701234567" })).toEqual([
      { field: "name", code: "tooLong", params: { max: 10 } },
    ]);
    expect(errorsFor({ email: 42, phone: "0701234567" }).map((error) => error.code)).toEqual([
      "required",
      "required",
    ]);
  });

  it("become sentences in the reader's language through the message catalogue", () => {
    const [tooLong] = errorsFor({ name: "x".repeat(11), email: "a@b.se", phone: "0701234567" });
    const sv = createTranslator({ locale: "sv", messages: messagesFor("sv") });
    const en = createTranslator({ locale: "en", messages: messagesFor("en") });
    expect(describeFieldIssue(tooLong!, "Namn", sv)).toBe("Namn får vara högst 10 tecken");
    expect(describeFieldIssue(tooLong!, "Name", en)).toBe("Name must be 10 characters or fewer");
  });
});

describe("input that could reach a prototype or PostgreSQL", () => {
  it("reads nested answers without touching a prototype and drops keys no form makes", async () => {
    const { FormInput } = await import("@/lib/validation/form-input");
    const form = new FormData();
    const activity = "0b9c4a3e-3c1a-4d5e-9f00-000000000001";
    for (const name of [
      "answers.__proto__.bcc",
      "answers.constructor.prototype.bcc",
      `answers.${activity}.__proto__`,
      `answers.${activity}.prototype`,
      "delegates.0.answers.__proto__.bcc",
    ])
      form.append(name, "attacker@evil.example");
    form.append(`answers.${activity}.nationality`, "Svensk\u0000");
    const answers = new FormInput(form).answers("");
    expect(Object.keys(answers)).toEqual([activity]);
    expect(Object.keys(answers[activity]!)).toEqual(["nationality"]);
    expect(answers[activity]!.nationality).toBe("Svensk\ufffd");
    expect(({} as Record<string, unknown>).bcc).toBeUndefined();
  });

  it("refuses a form with more fields than any page has", async () => {
    const { FormInput, MAX_FORM_FIELDS } = await import("@/lib/validation/form-input");
    const form = new FormData();
    for (let index = 0; index <= MAX_FORM_FIELDS; index++) form.append(`f${index}`, "x");
    expect(() => new FormInput(form)).toThrow();
  });

  it("refuses NUL, lone surrogates, U+FFFD, control and bidi-override characters in text", async () => {
    const { isStorableText } = await import("@/lib/validation/fields");
    for (const bad of ["a\u0000", "a\ud800", "a\udc00b", "\ufffd", "a\u0007", "\u202eabc", "x\u2066y"])
      expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
    for (const good of ["Åsa Öberg", "Sámi: Áillohaš", "rad 1\nrad 2\ttabb", "Ελένη", "😀"])
      expect(isStorableText(good), good).toBe(true);
  });

  it("refuses answer keys that name a prototype", async () => {
    const { delegateNeeds } = await import("@/lib/validation/registration");
    const activity = "0b9c4a3e-3c1a-4d5e-9f00-000000000001";
    for (const key of ["constructor", "prototype", "bad key", ""]) {
      const answers = JSON.parse(`{"${activity}": {"${key}": "x"}}`);
      expect(delegateNeeds.safeParse({ answers }).success, key).toBe(false);
    }
    // Zod itself drops an own "__proto__" key; the API refuses such a body before (read-json-body.ts).
    const parsed = delegateNeeds.parse({
      answers: JSON.parse(`{"${activity}": {"__proto__": {"bcc": "x"}}}`),
    });
    expect(Object.keys(parsed.answers[activity] ?? {})).toEqual([]);
    expect(({} as Record<string, unknown>).bcc).toBeUndefined();
  });
});
