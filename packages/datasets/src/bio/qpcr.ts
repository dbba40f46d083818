import { checkSize } from "../errors.js";
import { createRng } from "../rng.js";

/** A gene on the generated plate: its baseline Ct and how much the treatment shifts it. */
export interface QpcrGene {
  name: string;
  /** Mean Ct in control samples. */
  baseCt: number;
  /** Ct change under treatment (negative = more transcript; −1 Ct ≈ twice as much). */
  treatmentShift: number;
}

/** Options of {@link qpcrTable}. */
export interface QpcrOptions {
  genes?: QpcrGene[];
  /** Treatment names, control first (default `["control", "drought"]`). */
  treatments?: [string, string];
  /** Biological replicates (plants) per treatment (default 4). */
  biologicalReplicates?: number;
  /** Technical replicates (wells) per sample and gene (default 3). */
  technicalReplicates?: number;
  seed?: number;
}

/** One well of the plate. */
export interface QpcrRow {
  sample: string;
  treatment: string;
  biologicalReplicate: number;
  technicalReplicate: number;
  gene: string;
  ct: number;
}

/** Default genes: ACT2 as reference; RD29A and DREB2A drought-induced; PR1 unaffected. */
export const defaultQpcrGenes: QpcrGene[] = [
  { name: "ACT2", baseCt: 18, treatmentShift: 0 },
  { name: "RD29A", baseCt: 27, treatmentShift: -4 },
  { name: "DREB2A", baseCt: 25, treatmentShift: -2.5 },
  { name: "PR1", baseCt: 29, treatmentShift: 0 },
];

/** Standard deviations of the generated noise, in Ct. */
export const qpcrNoise = { loading: 0.3, biological: 0.5, technical: 0.15 } as const;

/**
 * A generated RT-qPCR plate in long format (one row per well): genes × samples × technical
 * replicates, with Ct values, treatment and replicate numbers, as CSV text and as rows.
 * Each sample's wells share its loading and biology, so technical replicates are near-copies:
 * split by `sample` (see `trainTestSplit`'s `groups`).
 *
 * @example
 * const { csv, rows } = qpcrTable({ seed: 1 }); // 4 genes × 8 samples × 3 wells = 96 rows
 */
export function qpcrTable(options: QpcrOptions = {}): { csv: string; rows: QpcrRow[] } {
  const genes = options.genes ?? defaultQpcrGenes;
  const treatments = options.treatments ?? ["control", "drought"];
  const bio = checkSize("biologicalReplicates", options.biologicalReplicates ?? 4);
  const tech = checkSize("technicalReplicates", options.technicalReplicates ?? 3);
  const rng = createRng(options.seed ?? 0);
  const rows: QpcrRow[] = [];
  treatments.forEach((treatment, t) => {
    for (let b = 1; b <= bio; b++) {
      const sample = `${treatment}-${b}`;
      const loading = rng.normal(0, qpcrNoise.loading);
      for (const gene of genes) {
        const biological = rng.normal(0, qpcrNoise.biological);
        for (let w = 1; w <= tech; w++) {
          const ct = gene.baseCt + t * gene.treatmentShift + loading + biological + rng.normal(0, qpcrNoise.technical);
          rows.push({
            sample,
            treatment,
            biologicalReplicate: b,
            technicalReplicate: w,
            gene: gene.name,
            ct: Math.round(ct * 100) / 100,
          });
        }
      }
    }
  });
  const header = "sample,treatment,biological_replicate,technical_replicate,gene,ct";
  const lines = rows.map((r) =>
    [r.sample, r.treatment, r.biologicalReplicate, r.technicalReplicate, r.gene, r.ct.toFixed(2)].join(","),
  );
  return { csv: `${header}\n${lines.join("\n")}\n`, rows };
}
