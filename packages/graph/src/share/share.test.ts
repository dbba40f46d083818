import fc from "fast-check";
import lz from "lz-string";
import { describe, expect, it } from "vitest";
import type { GraphDoc } from "../schema/types.js";
import { neuronMlp } from "../templates/networks.js";
import { createTemplate, templates } from "../templates/index.js";
import { toyData } from "../schema/defaults.js";
import { limits } from "../schema/constants.js";

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
import { decompressBounded } from "./lz-bounded.js";
import { decodeShareLink, encodeShareLink, shareLimits } from "./share.js";

describe("decompressBounded", { timeout: 20000 }, () => {
  it("agrees with lz-string's own decompressor on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const packed = lz.compressToEncodedURIComponent(text);
        expect(decompressBounded(packed, 1e6)).toBe(lz.decompressFromEncodedURIComponent(packed));
      }),
      { numRuns: 200 },
    );
  });

  it("stops a small link that would expand past the budget", () => {
    const packed = lz.compressToEncodedURIComponent("a".repeat(300000));
    expect(packed.length).toBeLessThan(5000);
    expect(decompressBounded(packed, 100000)).toBeNull();
    expect(decompressBounded(packed, 400000)).toHaveLength(300000);
  });

  it("returns null for characters outside the alphabet and for truncated input", () => {
    const packed = lz.compressToEncodedURIComponent("hello world, hello graph");
    expect(decompressBounded(`${packed}<`, 1e6)).toBeNull();
    expect(decompressBounded(packed.slice(0, 5), 1e6)).toBeNull();
  });
});

describe("share links", { timeout: 20000 }, () => {
  for (const t of Object.values(templates)) {
    it(`${t.id} round-trips with its weights`, () => {
      const doc = t.create();
      const link = encodeShareLink(doc);
      expect(link).toMatch(/^g2\.[A-Za-z0-9+\-$]*\.d[A-Za-z0-9_-]*$/);
      expect(decodeShareLink(`https://nudge.example/#${link}`)).toEqual({ ok: true, doc });
    });
  }

  it("keeps the moons MLP (337 exact weights) under 10 000 characters", () => {
    expect(encodeShareLink(createTemplate("moons-mlp")).length).toBeLessThan(10000);
  });

  it("refuses oversized, foreign and corrupted fragments with a problem", () => {
    expect(decodeShareLink("g1." + "A".repeat(shareLimits.maxFragment))).toMatchObject({
      ok: false,
      problems: [{ code: "too-large" }],
    });
    expect(decodeShareLink("#hello")).toMatchObject({ ok: false, problems: [{ code: "bad-encoding" }] });
    expect(decodeShareLink("g1.%%%")).toMatchObject({ ok: false, problems: [{ code: "bad-encoding" }] });
    expect(decodeShareLink("g1." + lz.compressToEncodedURIComponent("{not json"))).toMatchObject({
      ok: false,
      problems: [{ code: "bad-json" }],
    });
    expect(decodeShareLink("g1." + lz.compressToEncodedURIComponent('{"version":1}'))).toMatchObject({ ok: false });
  });

  it("keeps hostile text as inert data and drops unknown keys", () => {
    const doc = createTemplate("abc");
    doc.title = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    doc.nodes[0]!.label = "javascript:alert(3)";
    const decoded = decodeShareLink(encodeShareLink({ ...doc, evil: "<b>" } as typeof doc));
    expect(decoded.ok && decoded.doc.title).toBe(doc.title);
    expect(decoded.ok && decoded.doc.nodes[0]!.label).toBe("javascript:alert(3)");
    expect(decoded.ok && "evil" in decoded.doc).toBe(false);
  });

  it("refuses prototype-polluting keys and does not pollute Object.prototype", () => {
    const [body, weights] = encodeShareLink(createTemplate("abc")).slice(3).split(".");
    const json = lz
      .decompressFromEncodedURIComponent(body!)
      .replace('{"value":2}', '{"__proto__":{"polluted":true},"value":2}');
    expect(json).toContain("polluted");
    const result = decodeShareLink(`g2.${lz.compressToEncodedURIComponent(json)}.${weights}`);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.doc.nodes[0]!.params)).toBe(Object.prototype);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const a = decodeShareLink(s);
        const b = decodeShareLink("g1." + s);
        const c = decodeShareLink(`g2.${s}.d${s}`);
        expect(typeof a.ok).toBe("boolean");
        expect(typeof b.ok).toBe("boolean");
        expect(typeof c.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  const wide = () =>
    neuronMlp({
      title: "2-64-64-1",
      inputs: 2,
      loss: "max-margin",
      data: toyData("moons"),
      layers: [
        { units: 64, activation: "tanh" },
        { units: 64, activation: "tanh" },
        { units: 1, activation: "identity" },
      ],
    });
  const trainedCopy = (doc: GraphDoc, step: number): GraphDoc => {
    const params = [...doc.edges.map((e) => (e.weight ?? 0) * 1.5 + 0.01), ...doc.nodes.map((_, i) => Math.sin(i) / 3)];
    return { ...doc, trained: { step, params, loss: 0.0123, trainAccuracy: 0.97 } };
  };

  it("keeps a training run exactly in a small document", () => {
    const doc = trainedCopy(createTemplate("moons-mlp"), 23577);
    expect(decodeShareLink(encodeShareLink(doc))).toEqual({ ok: true, doc });
  });

  it("never carries run records: a document with 20 full runs makes the same short link", () => {
    const doc = { ...trainedCopy(createTemplate("moons-mlp"), 2000), trained: undefined };
    const n = limits.maxRunPoints;
    const curve = {
      step: range(n, (i) => i + 1),
      loss: range(n, (i) => 1 / (i + 1)),
      trainAccuracy: range(n, () => 0.5),
    };
    const runs = range(limits.maxRuns, (i) => ({
      id: `run-${i}`,
      startedAt: i,
      endedAt: i + 1,
      settings: doc.training,
      data: doc.data,
      parameterCount: 337,
      steps: n,
      final: { loss: 0.1 },
      curve,
    }));
    const withRuns = { ...doc, runs, trained: { ...trainedCopy(doc, n).trained!, runId: "run-19" } };
    expect(JSON.stringify(withRuns).length).toBeGreaterThan(1_000_000);
    const link = encodeShareLink(withRuns);
    expect(link).toBe(encodeShareLink({ ...trainedCopy(doc, n) }));
    expect(link.length).toBeLessThan(10_000);
    const back = decodeShareLink(link);
    expect(back.ok && back.doc.runs === undefined && back.doc.trained?.runId === undefined).toBe(true);
  });

  it("fits the trained 2-64-64-1 network under the limit with Float32 numbers (7 digits)", () => {
    const doc = trainedCopy(wide(), 500);
    const link = encodeShareLink(doc);
    expect(link.length).toBeLessThanOrEqual(shareLimits.maxFragment);
    expect(link).toContain(".f");
    const back = decodeShareLink(link);
    if (!back.ok) throw new Error(back.problems[0]!.message);
    expect(back.doc.nodes).toEqual(doc.nodes);
    back.doc.edges.forEach((e, i) => {
      expect(e).toMatchObject({ id: doc.edges[i]!.id, source: doc.edges[i]!.source, target: doc.edges[i]!.target });
      const weight = doc.edges[i]!.weight;
      expect(e.weight).toBe(weight === undefined ? undefined : Math.fround(weight));
    });
    expect(back.doc.trained?.params).toEqual(doc.trained!.params.map(Math.fround));
    expect(back.doc.trained).toMatchObject({ step: 500, loss: 0.0123, trainAccuracy: 0.97 });
  });

  it("opens the forms people paste: the editor's #g= URL, percent-encoded by a mail client, and old g1. links", () => {
    const doc = createTemplate("micrograd-neuron");
    const link = encodeShareLink(doc);
    expect(decodeShareLink(`http://localhost:5173/#g=${link}`)).toEqual({ ok: true, doc });
    expect(decodeShareLink(`http%3A%2F%2Flocalhost%3A5173%2F%23g%3D${encodeURIComponent(link)}`)).toEqual({
      ok: true,
      doc,
    });
    expect(decodeShareLink(`#g=${link.replace(/\$/g, "%24").replace(/\+/g, "%2B")}`)).toEqual({ ok: true, doc });
    const rows = {
      v: 1,
      t: doc.title,
      m: doc.mode,
      d: doc.data,
      r: doc.training,
      n: doc.nodes.map((n) => [n.id, n.kind, n.position.x, n.position.y, n.params, n.label ?? null]),
      e: doc.edges.map((e) => [e.id, e.source, e.sourceHandle, e.target, e.targetHandle, e.weight ?? null]),
    };
    expect(decodeShareLink(`g1.${lz.compressToEncodedURIComponent(JSON.stringify(rows))}`)).toEqual({ ok: true, doc });
    expect(decodeShareLink("#g=g2.%E0%A4%A")).toMatchObject({ ok: false, problems: [{ code: "bad-encoding" }] });
  });

  it("refuses number parts of the wrong length or alphabet", () => {
    const [body, weights] = encodeShareLink(createTemplate("moons-mlp")).slice(3).split(".");
    for (const w of [weights!.slice(0, -4), `${weights}AAAA`, `x${weights!.slice(1)}`, `${weights!.slice(0, -1)}!`]) {
      expect(decodeShareLink(`g2.${body}.${w}`)).toMatchObject({ ok: false, problems: [{ code: "bad-encoding" }] });
    }
    expect(decodeShareLink(`g2.${body}.${weights}.d.d`)).toMatchObject({ ok: false });
  });
});
