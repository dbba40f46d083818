import { describe, expect, it } from "vitest";
import { namesData, wordsData } from "../schema/defaults.js";
import type { DocNode } from "../schema/types.js";
import { n } from "../templates/build.js";
import { createTemplate } from "../templates/index.js";
import { bigramWeights } from "./bigram-weights.js";

const chain = (context: number): DocNode[] => [n("x", "characters", { context }), n("w", "dense", { units: 27 })];

describe("bigramWeights", () => {
  it("reads vocab² parameters of a one-character-context text graph as W, row = previous character", () => {
    const params = Float64Array.from({ length: 27 * 27 }, (_, k) => k);
    expect(bigramWeights({ data: namesData(), nodes: chain(1) }, params)).toEqual({ size: 27, weights: params });
    const genes = wordsData("genes", ["ab", "ba", "abc"]);
    expect(bigramWeights({ data: genes, nodes: chain(1) }, new Float64Array(16))?.size).toBe(4);
  });

  it("is undefined for anything else: more context, another parameter count, no text, no network", () => {
    const params = new Float64Array(27 * 27);
    expect(bigramWeights({ data: namesData(), nodes: chain(3) }, params)).toBeUndefined();
    expect(bigramWeights({ data: namesData(), nodes: chain(1) }, new Float64Array(27 * 28))).toBeUndefined();
    expect(bigramWeights(createTemplate("moons-layers"), params)).toBeUndefined();
    expect(bigramWeights(createTemplate("bigram-counting"), params)).toBeUndefined();
  });
});
