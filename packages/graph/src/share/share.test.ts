import fc from "fast-check";
import lz from "lz-string";
import { describe, expect, it } from "vitest";
import { createTemplate, templates } from "../templates/index.js";
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
      expect(link).toMatch(/^g1\.[A-Za-z0-9+\-$]*$/);
      expect(decodeShareLink(`https://nudge.example/#${link}`)).toEqual({ ok: true, doc });
    });
  }

  it("keeps the moons MLP (337 exact weights) under 10 000 characters", () => {
    expect(encodeShareLink(createTemplate("moons-mlp")).length).toBeLessThan(10000);
  });

  it("refuses oversized, foreign and corrupted fragments with a problem", () => {
    expect(decodeShareLink("g1." + "A".repeat(shareLimits.maxFragment))).toMatchObject({ ok: false, problems: [{ code: "too-large" }] });
    expect(decodeShareLink("#hello")).toMatchObject({ ok: false, problems: [{ code: "bad-encoding" }] });
    expect(decodeShareLink("g1.%%%")).toMatchObject({ ok: false, problems: [{ code: "bad-encoding" }] });
    expect(decodeShareLink("g1." + lz.compressToEncodedURIComponent("{not json"))).toMatchObject({ ok: false, problems: [{ code: "bad-json" }] });
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
    const packed = encodeShareLink(createTemplate("abc"));
    const json = lz.decompressFromEncodedURIComponent(packed.slice(3)).replace('{"value":2}', '{"__proto__":{"polluted":true},"value":2}');
    expect(json).toContain("polluted");
    const result = decodeShareLink("g1." + lz.compressToEncodedURIComponent(json));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.doc.nodes[0]!.params)).toBe(Object.prototype);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const a = decodeShareLink(s);
        const b = decodeShareLink("g1." + s);
        expect(typeof a.ok).toBe("boolean");
        expect(typeof b.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
