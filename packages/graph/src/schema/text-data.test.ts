import { describe, expect, it } from "vitest";
import { wordListLimits } from "@nudge/encoders";
import { validate } from "../validate/index.js";
import { createTemplate } from "../templates/index.js";
import { namesData, wordsData } from "./defaults.js";
import type { GraphDoc } from "./types.js";

const withData = (data: unknown, mode: GraphDoc["mode"] = "layers"): unknown => ({
  ...createTemplate("moons-layers"),
  mode,
  data,
});
const schemaProblems = (doc: unknown) => validate(doc).filter((p) => p.code === "schema");

describe("text data choices in the document", () => {
  it("accepts the shipped names and a learner's word list", () => {
    expect(schemaProblems(withData(namesData()))).toEqual([]);
    expect(schemaProblems(withData(wordsData("genes", ["RD29A", "DREB2A", "ACT2"])))).toEqual([]);
  });

  it("names the line of a bad word in the list (data.words index, message with the line)", () => {
    const found = schemaProblems(withData(wordsData("names", ["emma", "olivia", "ava.grace"])));
    expect(found).toEqual([
      expect.objectContaining({ path: "data.words.2", message: expect.stringContaining("line 3") }),
    ]);
    expect(schemaProblems(withData(wordsData("one", ["emma"])))[0]?.message).toContain("at least 2 words");
    const long = "x".repeat(wordListLimits.maxWordLength + 1);
    expect(schemaProblems(withData(wordsData("long", ["emma", long])))[0]?.path).toBe("data.words.1");
  });

  it("refuses split shares that do not add up to 1 or leave no training words", () => {
    expect(schemaProblems(withData(namesData({ fractions: [0.8, 0.1, 0.2] })))[0]?.path).toBe("data.fractions");
    expect(schemaProblems(withData(namesData({ fractions: [0, 0.5, 0.5] })))[0]?.path).toBe("data.fractions");
  });

  it("refuses text data in expression and neuron modes with a problem that says what to do", () => {
    for (const mode of ["expression", "neurons"] as const) {
      const found = validate(withData(namesData(), mode)).filter((p) => p.code === "text-needs-layers");
      expect(found).toEqual([
        expect.objectContaining({ path: "data", message: expect.stringContaining("layers mode") }),
      ]);
    }
  });
});
