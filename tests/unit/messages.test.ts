import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentsOf(element.children, found);
      continue;
    }
    found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

const swedish = flatten(sv);
const english = flatten(en);

describe("message catalogues", () => {
  it("have the same keys in Swedish and English", () => {
    expect([...english.keys()].sort()).toEqual([...swedish.keys()].sort());
  });

  it("have no empty messages", () => {
    for (const [key, text] of [...swedish, ...english]) expect(text.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages, in valid ICU syntax", () => {
    for (const [key, text] of swedish) {
      const svArguments = [...argumentsOf(parse(text))].sort();
      const enArguments = [...argumentsOf(parse(english.get(key) ?? ""))].sort();
      expect(enArguments, key).toEqual(svArguments);
    }
  });
});
