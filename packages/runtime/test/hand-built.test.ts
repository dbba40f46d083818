import { createRng } from "@nudge/datasets";
import { defaultTraining, newNodeParams, toyData, validate, wireDefaults, type GraphDoc } from "@nudge/graph";
import { expect, test } from "vitest";
import { createWorkerApi } from "../src/worker/api.js";

/**
 * A 2-4-1 moons net built as a learner builds it in the editor: nodes dropped one by one (each with
 * graph's `newNodeParams`), wires drawn one by one (`wireDefaults`, weights uniform in [-1, 1]).
 */
function handBuilt(seed: number): GraphDoc {
  const rng = createRng(seed);
  let doc: GraphDoc = {
    version: 1,
    title: "2-4-1",
    mode: "neurons",
    nodes: [],
    edges: [],
    data: toyData("moons"),
    training: defaultTraining(),
  };
  const add = (id: string, kind: string) => {
    doc = { ...doc, nodes: [...doc.nodes, { id, kind, position: { x: 0, y: 0 }, params: newNodeParams(doc, kind) }] };
  };
  const wire = (source: string, target: string) => {
    const changes = wireDefaults(doc, { source, target });
    const weighted = doc.nodes.find((n) => n.id === target)!.kind === "neuron";
    doc = {
      ...doc,
      nodes: doc.nodes.map((n) => (changes[n.id] ? { ...n, params: { ...n.params, ...changes[n.id] } } : n)),
      edges: [
        ...doc.edges,
        {
          id: `${source}-${target}`,
          source,
          sourceHandle: "out",
          target,
          targetHandle: "in",
          ...(weighted ? { weight: Math.round((rng.next() * 2 - 1) * 100) / 100 } : {}),
        },
      ],
    };
  };
  for (const id of ["x1", "x2"]) add(id, "input");
  for (const id of ["h1", "h2", "h3", "h4", "y"]) add(id, "neuron");
  add("out", "output");
  for (const h of ["h1", "h2", "h3", "h4"]) {
    wire("x1", h);
    wire("x2", h);
    wire(h, "y");
  }
  wire("y", "out");
  return doc;
}

test.each([1, 2, 3])(
  "a hand-built 2-4-1 moons net (weights seed %i) reaches 95%% with the defaults by its stop",
  async (seed) => {
    const doc = handBuilt(seed);
    expect(doc.nodes.filter((n) => n.kind === "input").map((n) => n.params.feature)).toEqual([0, 1]);
    expect(validate(doc)).toEqual([]);
    const api = createWorkerApi();
    expect(await api.load(doc)).toMatchObject({ ok: true });
    const s = (await api.step(2000))!;
    expect(s.error).toBeUndefined();
    expect(s.trainAccuracy).toBeGreaterThanOrEqual(0.95);
    api.dispose();
  },
);
