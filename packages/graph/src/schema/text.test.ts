import { describe, expect, it } from "vitest";
import { limits } from "./constants.js";
import { graphDocSchema } from "./doc-schema.js";
import { cleanText, hasControlCharacters } from "./text.js";
import { createTemplate } from "../templates/index.js";

const withLabel = (label: string) => {
  const doc = createTemplate("abc");
  return { ...doc, nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, label } : n)) };
};

describe("texts in a document: one rule for the schema and for typed names", () => {
  it("turns tabs, newlines and other control characters into single spaces and trims", () => {
    expect(cleanText("  hidden\tone\r\n")).toBe("hidden one");
    expect(cleanText("a\u0000\u0001\u007fb")).toBe("a b");
    expect(cleanText("\t\n")).toBe("");
    expect(cleanText("σ(x) → ŷ")).toBe("σ(x) → ŷ");
  });

  it("cuts to the schema's length limit without splitting a surrogate pair", () => {
    const long = "😀".repeat(limits.maxTextLength);
    const cut = cleanText(long);
    expect(cut.length).toBeLessThanOrEqual(limits.maxTextLength);
    expect(cut.length % 2).toBe(0);
  });

  it("every cleaned name passes the schema; the raw one with a tab does not", () => {
    for (const raw of ["h\t1", "x\n", "\u001bname", "ok name", "é\u007f"]) {
      expect(hasControlCharacters(cleanText(raw))).toBe(false);
      expect(graphDocSchema.safeParse(withLabel(cleanText(raw) || "x")).success, raw).toBe(true);
      expect(graphDocSchema.safeParse(withLabel(raw)).success, raw).toBe(!hasControlCharacters(raw));
    }
  });
});
