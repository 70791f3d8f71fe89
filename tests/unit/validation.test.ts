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
