import { describe, expect, it } from "vitest";
import { impliedMode, withMode } from "./mode.js";
import { templates } from "./templates/index.js";
import { validate } from "./validate/index.js";

const kinds = (...k: string[]) => ({ nodes: k.map((kind) => ({ kind })) });

describe("impliedMode", () => {
  it("agrees with the mode every shipped template was written in", () => {
    for (const t of Object.values(templates)) {
      const doc = t.create();
      // A counting bigram has no nodes: nothing to infer from, so it keeps the mode it was written in.
      if (doc.nodes.length === 0) expect(impliedMode(doc)).toBeUndefined();
      else expect([t.id, impliedMode(doc)]).toEqual([t.id, doc.mode]);
    }
  });

  it("calls a graph without data nodes an expression, even with an Output", () => {
    expect(impliedMode(kinds("parameter", "parameter", "mul", "add", "output"))).toBe("expression");
    expect(impliedMode(kinds("neuron", "constant"))).toBe("expression");
  });

  it("calls a graph that reads data (an Input) or needs it (a Loss) neurons, and Features or Dense layers", () => {
    expect(impliedMode(kinds("parameter", "input"))).toBe("neurons");
    expect(impliedMode(kinds("neuron", "loss"))).toBe("neurons");
    expect(impliedMode(kinds("features"))).toBe("layers");
    expect(impliedMode(kinds("dense", "output"))).toBe("layers");
  });

  it("has no opinion on an empty canvas or unknown kinds", () => {
    expect(impliedMode(kinds())).toBeUndefined();
    expect(impliedMode(kinds("no-such-kind"))).toBeUndefined();
  });
});

describe("withMode", () => {
  it("gives an expression switched to neurons a data set, so the only problem left is the missing Output", () => {
    const abc = templates.abc.create();
    expect(abc.data.kind).toBe("none");
    const neurons = withMode(abc, "neurons");
    expect(neurons.mode).toBe("neurons");
    expect(neurons.data).toMatchObject({ kind: "toy", name: "moons" });
    expect(
      validate(neurons)
        .filter((p) => p.severity === "error")
        .map((p) => p.code),
    ).toEqual(["no-output"]);
  });

  it("keeps the data choice of a network switched to an expression, and the same document for the same mode", () => {
    const moons = templates["moons-mlp"].create();
    expect(withMode(moons, "expression").data).toBe(moons.data);
    expect(withMode(moons, "neurons")).toBe(moons);
  });
});
