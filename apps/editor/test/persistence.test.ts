import { createTemplate, encodeShareLink, neuronMlp, shareLimits, toyData } from "@nudge/graph";
import type { Snapshot } from "@nudge/runtime";
import lz from "lz-string";
import { describe, expect, it } from "vitest";
import { addRecord, listRecords, readRecord, removeRecord, saveRecord } from "../src/persistence/library";
import { adoptPending, stashPending } from "../src/persistence/pending";
import { readLink, readText } from "../src/persistence/open";
import { repairText } from "../src/persistence/repair";
import { shareUrl } from "../src/persistence/share";
import { carryRun, currentRun, markLoaded, structureKey, takeRun, keptRun, withRun } from "../src/training/kept";
import { useTraining } from "../src/training/training-store";

const abc = createTemplate("abc");

describe("opening untrusted text and links never throws", () => {
  const bad: [string, string][] = [
    ["not JSON", "{ nodes: ["],
    ["a JSON array", "[1, 2, 3]"],
    ["a future version", JSON.stringify({ ...abc, version: 99 })],
    ["a version that is an object", JSON.stringify({ ...abc, version: { toString: 1 } })],
    [
      "an unknown node kind",
      JSON.stringify({
        ...abc,
        nodes: [{ id: "q", kind: "quantum", position: { x: 0, y: 0 }, params: {} }],
        edges: [],
      }),
    ],
    [
      "a wire to a missing node",
      JSON.stringify({
        ...abc,
        edges: [{ id: "e", source: "a", sourceHandle: "out", target: "nope", targetHandle: "a" }],
      }),
    ],
    ["a tab in a name", JSON.stringify({ ...abc, title: "my\tgraph" })],
  ];
  for (const [what, text] of bad) {
    it(`refuses ${what} with a message`, () => {
      const res = readText(text);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.message.length).toBeGreaterThan(10);
    });
  }

  it("refuses the 66-character link whose version is an object, with a message", () => {
    const link = `#g=g1.${lz.compressToEncodedURIComponent('{"version":{"toString":1},"nodes":[],"edges":[]}')}`;
    const res = readLink(`http://localhost/${link}`);
    expect(res).toMatchObject({ ok: false });
    if (!res.ok) expect(res.message).toMatch(/share link/i);
  });

  it("opens a good file and a good link", () => {
    expect(readText(JSON.stringify(abc))).toEqual({ ok: true, doc: abc });
    expect(readLink(`http://localhost/#g=${encodeURIComponent(encodeShareLink(abc))}`)).toEqual({ ok: true, doc: abc });
  });
});

describe("repair", () => {
  it("mends names with control characters and leaves the rest as it was", () => {
    const broken = JSON.stringify({
      ...abc,
      title: "my\tgraph",
      nodes: abc.nodes.map((n, i) => (i === 0 ? { ...n, label: "line\nbreak" } : n)),
    });
    const res = repairText(broken);
    expect(res.ok && res.doc.title).toBe("my graph");
    expect(res.ok && res.doc.nodes[0]!.label).toBe("line break");
    expect(res.ok && res.doc.edges).toEqual(abc.edges);
  });

  it("says so when the text is beyond repair", () => {
    expect(repairText("{ nope")).toMatchObject({ ok: false });
    expect(repairText(JSON.stringify({ ...abc, version: 99 }))).toMatchObject({ ok: false });
  });
});

describe("the library in IndexedDB", () => {
  it("saves only over the revision a tab last saw, so a second tab never overwrites silently", async () => {
    const record = await addRecord("two tabs", "{}");
    const first = await saveRecord(record.id, 1, "two tabs", '{"a":1}');
    expect(first).toMatchObject({ ok: true, record: { rev: 2, text: '{"a":1}' } });
    const stale = await saveRecord(record.id, 1, "two tabs", '{"b":2}');
    expect(stale).toMatchObject({ ok: false, conflict: { rev: 2, text: '{"a":1}' } });
    expect((await readRecord(record.id))!.text).toBe('{"a":1}');
  });

  it("saves what a closing page stashed: over its graph when nobody saved since, else as a graph of its own", async () => {
    const record = await addRecord("closing", "{}");
    stashPending({ id: record.id, rev: 1, title: "closing", text: '{"last":1}' });
    expect(await adoptPending(record.id)).toBe(record.id);
    expect(await readRecord(record.id)).toMatchObject({ rev: 2, text: '{"last":1}' });
    stashPending({ id: record.id, rev: 1, title: "closing", text: '{"stale":1}' });
    const moved = await adoptPending(record.id);
    expect((await readRecord(record.id))!.text).toBe('{"last":1}');
    expect((await listRecords()).filter((r) => r.text === '{"stale":1}').map((r) => r.id)).toEqual([moved]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith("nudge:pending:"))).toEqual([]);
  });

  it("does not bring back a graph deleted in another tab", async () => {
    const record = await addRecord("deleted", "{}");
    await removeRecord(record.id);
    expect(await saveRecord(record.id, 1, "deleted", "{}")).toEqual({ ok: false, conflict: undefined });
    expect(await readRecord(record.id)).toBeUndefined();
  });
});

describe("a training run goes with its structure", () => {
  const doc = createTemplate("moons-mlp");
  const snap = (step: number, params: number[]): Snapshot => ({
    seq: step,
    step,
    status: "paused",
    loss: 0.25,
    trainAccuracy: 0.9,
    learningRate: 0.1,
    stepsPerSecond: 0,
    nodes: {},
    edges: {},
    params: Float64Array.from(params),
  });

  it("keeps the run of an opened document for its structure and saves the worker's newer run", () => {
    const trained = { step: 40, params: [1, 2, 3], loss: 0.3 };
    const plain = takeRun({ ...doc, trained });
    expect("trained" in plain).toBe(false);
    expect(keptRun(structureKey(plain))).toEqual(trained);
    useTraining.getState().clear();
    expect(withRun(plain).trained).toEqual(trained);
    markLoaded(structureKey(plain));
    useTraining.getState().receive({ ...snap(40, [1, 2, 3]), loss: 0.31 });
    expect(withRun(plain).trained).toBe(trained);
    useTraining.getState().receive(snap(55, [4, 5, 6]));
    expect(withRun(plain).trained).toEqual({ step: 55, params: [4, 5, 6], loss: 0.25, trainAccuracy: 0.9 });
    useTraining.getState().receive(snap(0, [1, 1, 1]));
    expect(currentRun(plain)).toBeUndefined();
    const other = { ...plain, edges: plain.edges.slice(1) };
    expect(currentRun(other)).toBeUndefined();
  });

  it("an activation changed mid-run carries the run on, while the document's weights (Reset's start) stay", () => {
    const start = createTemplate("xor");
    markLoaded(structureKey(start));
    useTraining.getState().clear();
    useTraining.getState().receive(snap(30, [7, 8, 9]));
    const relu = {
      ...start,
      nodes: start.nodes.map((n) => (n.kind === "neuron" ? { ...n, params: { ...n.params, activation: "relu" } } : n)),
    };
    carryRun(start, relu);
    expect(keptRun(structureKey(relu))).toMatchObject({ step: 30, params: [7, 8, 9] });
    expect(relu.edges.map((e) => e.weight)).toEqual(start.edges.map((e) => e.weight));
    const rewired = { ...start, edges: start.edges.slice(1) };
    carryRun(start, rewired);
    expect(keptRun(structureKey(rewired))).toBeUndefined();
  });

  it("keeps no run with a non-finite parameter", () => {
    markLoaded(structureKey(doc));
    useTraining.getState().clear();
    useTraining.getState().receive(snap(9, [1, NaN]));
    expect(currentRun(doc)).toBeUndefined();
  });
});

describe("share links are checked when made", () => {
  const mlp = (units: number) =>
    neuronMlp({
      title: `2-${units}-${units}-1`,
      inputs: 2,
      loss: "max-margin",
      data: toyData("moons"),
      layers: [
        { units, activation: "tanh" },
        { units, activation: "tanh" },
        { units: 1, activation: "identity" },
      ],
    });

  it("offers the 2-64-64-1 network's link (it opens) and refuses a network too big for any link, saying why", () => {
    const ok = shareUrl(mlp(64));
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(readLink(ok.url)).toMatchObject({ ok: true });
    const big = shareUrl(mlp(128));
    expect(big.ok).toBe(false);
    if (!big.ok)
      expect(big.message).toMatch(
        new RegExp(`too big for a share link.*${shareLimits.maxFragment.toLocaleString("en")}.*Export`),
      );
  });
});
