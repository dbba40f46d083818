import { describe, expect, it } from "vitest";
import { inferSchema, oneHotSequences, parseCsv, parseFasta } from "@nudge/encoders";
import { findLeakage } from "../splits/leakage.js";
import { trainTestSplit } from "../splits/split.js";
import { geneFamilies } from "./gene-families.js";
import { qpcrTable } from "./qpcr.js";

const gcShare = (s: string) => (s.match(/[GC]/g)?.length ?? 0) / s.length;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("geneFamilies", () => {
  it("is deterministic by seed and parses as FASTA with @nudge/encoders", () => {
    const a = geneFamilies({ seed: 3 });
    expect(geneFamilies({ seed: 3 })).toEqual(a);
    expect(geneFamilies({ seed: 4 }).fasta).not.toBe(a.fasta);
    const parsed = parseFasta(a.fasta, { alphabet: "dna" });
    expect(parsed.map((r) => r.sequence)).toEqual(a.records.map((r) => r.sequence));
    expect(parsed[0]).toMatchObject({ id: "gbox_01", description: "family=gbox", line: 1 });
    expect(a.fasta.split("\n").every((l) => l.length <= 60)).toBe(true);
  });

  it("differs between families by motif and GC content, with lengths in range", () => {
    const { records } = geneFamilies({ perFamily: 200, seed: 1 });
    const gbox = records.filter((r) => r.family === "gbox");
    const wbox = records.filter((r) => r.family === "wbox");
    expect(gbox.every((r) => r.motifAt.every((at) => r.sequence.slice(at, at + 6) === "CACGTG"))).toBe(true);
    expect(wbox.every((r) => r.sequence.includes("TTGACC"))).toBe(true);
    expect(Math.abs(mean(gbox.map((r) => gcShare(r.sequence))) - 0.6)).toBeLessThan(0.02);
    expect(Math.abs(mean(wbox.map((r) => gcShare(r.sequence))) - 0.4)).toBeLessThan(0.02);
    expect(records.every((r) => r.sequence.length >= 80 && r.sequence.length <= 120)).toBe(true);
  });

  it("one-hot encodes to [n, l, 4] padded to the longest", () => {
    const { records } = geneFamilies({ perFamily: 5, seed: 2 });
    const e = oneHotSequences(records);
    expect(e.shape).toEqual([10, Math.max(...records.map((r) => r.sequence.length)), 4]);
  });
});

describe("qpcrTable", () => {
  it("is a 96-well long table that @nudge/encoders parses, deterministic by seed", () => {
    const { csv, rows } = qpcrTable({ seed: 1 });
    expect(rows).toHaveLength(4 * 8 * 3);
    expect(qpcrTable({ seed: 1 }).csv).toBe(csv);
    const table = parseCsv(csv);
    expect(table.columns).toEqual(["sample", "treatment", "biological_replicate", "technical_replicate", "gene", "ct"]);
    expect(table.rows).toHaveLength(96);
    const levels = Object.fromEntries(inferSchema(table).map((c) => [c.name, c.level]));
    expect(levels).toMatchObject({ sample: "nominal", treatment: "nominal", gene: "nominal", ct: "ratio" });
  });

  it("reproduces its planted fold changes: ΔΔCt(RD29A vs ACT2, drought vs control) ≈ −4", () => {
    const { rows } = qpcrTable({ biologicalReplicates: 300, technicalReplicates: 2, seed: 9 });
    const ct = (gene: string, treatment: string) =>
      mean(rows.filter((r) => r.gene === gene && r.treatment === treatment).map((r) => r.ct));
    const dCt = (gene: string, treatment: string) => ct(gene, treatment) - ct("ACT2", treatment);
    expect(dCt("RD29A", "drought") - dCt("RD29A", "control")).toBeCloseTo(-4, 0);
    expect(Math.abs(dCt("PR1", "drought") - dCt("PR1", "control"))).toBeLessThan(0.2);
  });

  it("technical replicates are near-copies, so a row split leaks and a grouped split does not", () => {
    const { rows } = qpcrTable({ seed: 5 });
    const groups = rows.map((r) => r.sample);
    expect(() => trainTestSplit(rows.length, { groups, by: "row", seed: 1 })).toThrow(/This split leaks/);
    const split = trainTestSplit(rows.length, {
      groups,
      stratify: rows.map((r) => r.treatment),
      testFraction: 0.25,
      seed: 1,
    });
    expect(findLeakage(groups, { train: split.train, test: split.test })).toEqual([]);
    const wells = rows.filter((r) => r.gene === "PR1");
    const techSpread = mean(
      [...new Set(wells.map((r) => r.sample))].map((s) => {
        const cts = wells.filter((r) => r.sample === s).map((r) => r.ct);
        return Math.max(...cts) - Math.min(...cts);
      }),
    );
    const sampleMeans = [...new Set(wells.map((r) => r.sample))].map((s) =>
      mean(wells.filter((r) => r.sample === s).map((r) => r.ct)),
    );
    expect(techSpread).toBeLessThan(Math.max(...sampleMeans) - Math.min(...sampleMeans));
  });
});
