import { makeTextSplit } from "@nudge/datasets";
import { namesData, type GraphDoc } from "@nudge/graph";
import { countBigrams } from "@nudge/models/bigram";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { afterEach, expect, test } from "vitest";
import { NeuralBigramCompare } from "../src/panels/text/NeuralBigramCompare";
import { useDoc } from "../src/store/app-store";
import type { Snapshot } from "../src/training/snapshot";
import { useTraining } from "../src/training/training-store";

const node = (id: string, kind: string, params: GraphDoc["nodes"][number]["params"]) => ({
  id,
  kind,
  params,
  position: { x: 0, y: 0 },
});
const doc = { ...useDoc.getState().doc, mode: "layers", data: namesData() } as GraphDoc;
doc.nodes = [node("x", "characters", { context: 1 }), node("w", "dense", { units: 27, useBias: false })];
doc.edges = [];

function show(params: Float64Array): HTMLElement {
  useDoc.getState().replaceDoc(doc);
  useTraining.setState({ snapshot: { step: 300, params } as unknown as Snapshot });
  document.body.innerHTML = "";
  const host = document.createElement("div");
  document.body.append(host);
  flushSync(() => createRoot(host).render(<NeuralBigramCompare />));
  return host;
}
afterEach(() => useTraining.getState().clear());

test("W = log(count probabilities) + a per-row constant shows the count table again: difference 0.000", () => {
  const split = makeTextSplit(namesData());
  const table = countBigrams(split.train, { vocab: split.vocab });
  // log 0 = −∞ for pairs never seen: exp gives 0 back.
  const w = Float64Array.from(table.probabilities, (p, k) => Math.log(p) + Math.floor(k / 27));
  const host = show(w);
  expect(host.querySelectorAll("canvas")).toHaveLength(2);
  expect(host.querySelector("h2")!.textContent).toBe("W learns the count table");
  expect(host.querySelector("[data-testid='bigram-gap']")!.textContent).toBe("0.000");
});

test("W = 0 is uniform: the difference is the largest count probability minus 1/27", () => {
  const split = makeTextSplit(namesData());
  const table = countBigrams(split.train, { vocab: split.vocab });
  const host = show(new Float64Array(27 * 27));
  const expected = Math.max(...Array.from(table.probabilities, (p) => Math.abs(p - 1 / 27)));
  expect(host.querySelector("[data-testid='bigram-gap']")!.textContent).toBe(expected.toFixed(3));
  expect(show(new Float64Array(27 * 26)).textContent).toBe("");
});
