import { makeTextSplit } from "@nudge/datasets";
import { bigramWeights, type TextDataChoice } from "@nudge/graph";
import { countBigrams, rowSoftmax } from "@nudge/models/bigram";
import { BigramHeatMap } from "@nudge/ui";
import { useMemo } from "react";
import { useDoc } from "../../store/app-store";
import { useTraining } from "../../training/training-store";

const probability = (p: number) => p.toFixed(3);

/**
 * A neural bigram's W exp-normalised beside the count table's probabilities of the same training words, on one
 * scale: as it trains, the network learns the count table (makemore 1).
 */
export function NeuralBigramCompare() {
  const doc = useDoc((s) => s.doc);
  const snap = useTraining((s) => s.snapshot);
  const found = snap?.params ? bigramWeights(doc, snap.params) : undefined;
  if (!found || doc.data.kind !== "text") return null;
  return <Compare data={doc.data} size={found.size} weights={found.weights} step={snap?.step ?? 0} />;
}

function Compare({
  data,
  size,
  weights,
  step,
}: {
  data: TextDataChoice;
  size: number;
  weights: ArrayLike<number>;
  step: number;
}) {
  const counted = useMemo(() => {
    const split = makeTextSplit(data);
    return countBigrams(split.train, { vocab: split.vocab });
  }, [data]);
  const learned = useMemo(() => rowSoftmax(weights, size), [weights, size]);
  if (counted.vocab.size !== size) return null;
  let max = 0;
  let gap = 0;
  learned.forEach((q, k) => {
    max = Math.max(max, q, counted.probabilities[k]!);
    gap = Math.max(gap, Math.abs(q - counted.probabilities[k]!));
  });
  const alphabet = counted.vocab.chars;
  return (
    <section className="nn-panel nn-bigram-compare" aria-label="Network and count table">
      <h2>W learns the count table</h2>
      <div className="nn-row">
        <BigramHeatMap
          counts={learned}
          alphabet={alphabet}
          cellSize={10}
          max={max}
          format={probability}
          title={`softmax(W) by row, step ${step}`}
        />
        <BigramHeatMap
          counts={counted.probabilities}
          alphabet={alphabet}
          cellSize={10}
          max={max}
          format={probability}
          title="Counts of the training words, normalised by row"
        />
      </div>
      <p className="nn-muted">
        Left: softmax of each row of W at step {step}. Right: the counts of the{" "}
        {counted.pairCount.toLocaleString("en-US")} training pairs, each row divided by its sum. Largest difference:{" "}
        <output data-testid="bigram-gap">{gap.toFixed(3)}</output>.
      </p>
    </section>
  );
}
