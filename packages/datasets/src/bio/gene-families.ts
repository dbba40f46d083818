import { checkNumber, checkSize, fail } from "../errors.js";
import { createRng, type Rng } from "../rng.js";

/** How one generated gene family differs from the other. */
export interface FamilyProfile {
  name: string;
  /** Expected share of G and C in the background sequence. */
  gc: number;
  /** A short motif planted 1–2 times in every member. */
  motif: string;
}

/** Options of {@link geneFamilies}. */
export interface GeneFamilyOptions {
  /** Members per family (default 30). */
  perFamily?: number;
  /** Shortest and longest sequence (default `[80, 120]`: lengths differ, so padding matters). */
  lengthRange?: [number, number];
  /** The two families (default: G-box CACGTG at 60 % GC vs W-box TTGACC at 40 % GC). */
  families?: [FamilyProfile, FamilyProfile];
  seed?: number;
}

/** One generated sequence. */
export interface GeneRecord {
  id: string;
  family: string;
  sequence: string;
  /** 0-based start of each planted motif. */
  motifAt: number[];
}

/** The default families: two plant promoter-like motifs with different GC content. */
export const defaultFamilies: [FamilyProfile, FamilyProfile] = [
  { name: "gbox", gc: 0.6, motif: "CACGTG" },
  { name: "wbox", gc: 0.4, motif: "TTGACC" },
];

function base(rng: Rng, gc: number): string {
  const u = rng.next();
  if (u < gc / 2) return "G";
  if (u < gc) return "C";
  return u < gc + (1 - gc) / 2 ? "A" : "T";
}

function member(rng: Rng, family: FamilyProfile, length: number): { sequence: string; motifAt: number[] } {
  const letters = Array.from({ length }, () => base(rng, family.gc));
  const copies = 1 + rng.int(2);
  const span = Math.floor(length / copies);
  const motifAt = Array.from({ length: copies }, (_, c) => c * span + rng.int(span - family.motif.length + 1));
  for (const at of motifAt) letters.splice(at, family.motif.length, ...family.motif);
  return { sequence: letters.join(""), motifAt };
}

function toFasta(records: GeneRecord[]): string {
  return records
    .map((r) => `>${r.id} family=${r.family}\n${r.sequence.match(/.{1,60}/g)?.join("\n") ?? ""}\n`)
    .join("");
}

/**
 * Two generated gene families as FASTA text, differing by a planted motif and by GC content,
 * for the "your own data" lesson before anyone brings real sequences.
 *
 * @example
 * const { fasta, records } = geneFamilies({ perFamily: 20, seed: 1 });
 * // fasta starts ">gbox_01 family=gbox\n…", records[0].family === "gbox"
 */
export function geneFamilies(options: GeneFamilyOptions = {}): { fasta: string; records: GeneRecord[] } {
  const perFamily = checkSize("perFamily", options.perFamily ?? 30);
  const [lo, hi] = options.lengthRange ?? [80, 120];
  const families = options.families ?? defaultFamilies;
  checkSize("lengthRange[0]", lo);
  checkSize("lengthRange[1]", hi);
  if (hi < lo) fail("BAD_OPTION", "lengthRange", [lo, hi], "[shortest, longest] with shortest ≤ longest");
  families.forEach((f) => {
    checkNumber("gc", f.gc);
    if (f.gc < 0 || f.gc > 1 || !/^[ACGT]+$/.test(f.motif) || 2 * f.motif.length > lo) {
      fail(
        "BAD_OPTION",
        `family "${f.name}"`,
        f,
        "gc in [0, 1] and a motif of A/C/G/T at most half the shortest length",
      );
    }
  });
  const rng = createRng(options.seed ?? 0);
  const records: GeneRecord[] = [];
  const width = String(perFamily).length;
  for (const family of families) {
    for (let i = 0; i < perFamily; i++) {
      const length = lo + rng.int(hi - lo + 1);
      const id = `${family.name}_${String(i + 1).padStart(Math.max(width, 2), "0")}`;
      records.push({ id, family: family.name, ...member(rng, family, length) });
    }
  }
  return { fasta: toFasta(records), records };
}
