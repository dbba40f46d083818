import { ConfusionMatrix as UiConfusionMatrix } from "@nudge/ui";
import { toyInfo } from "@nudge/graph";
import { useDoc } from "../store/app-store";
import { useTraining } from "../training/training-store";
import { confusionFromGrid, confusionFromPredictions } from "./confusion";
import { pointsFor } from "./points";

const short = (n: string) => (n.length > 8 ? n.split(" ")[0]! : n);

/**
 * Actual vs predicted classes from the worker's per-example predictions (k×k, train and test);
 * without predictions, two-class sets fall back to reading the boundary grid.
 */
export function ConfusionMatrix() {
  const predictions = useTraining((s) => s.snapshot?.predictions);
  const boundary = useTraining((s) => s.snapshot?.boundary);
  const data = useDoc((s) => s.doc.data);
  const loss = useDoc((s) => s.doc.training.loss);
  const pts = pointsFor(data);
  if (!pts || data.kind !== "toy" || toyInfo[data.name].task !== "classification") return null;
  const k = Math.max(2, pts.classes.length);
  const names = Array.from({ length: k }, (_, i) => short(pts.classes[i] ?? `class ${i}`));
  const fromWorker = predictions ? confusionFromPredictions(pts, predictions, k) : null;
  if (fromWorker)
    return (
      <div className="nn-confusions" data-testid="confusion">
        <UiConfusionMatrix
          matrix={fromWorker.train.counts}
          labels={names}
          caption={`Train (${fromWorker.train.total})`}
        />
        {fromWorker.test.total > 0 && (
          <UiConfusionMatrix
            matrix={fromWorker.test.counts}
            labels={names}
            caption={`Test (${fromWorker.test.total})`}
          />
        )}
      </div>
    );
  if (!boundary || pts.dim !== 2 || k !== 2 || boundary.values.length !== boundary.size * boundary.size) return null;
  const which = pts.test.some((t) => t === 1) ? "test" : "train";
  const { counts } = confusionFromGrid(pts, boundary, loss === "bce" || loss === "mse" ? 0.5 : 0, which);
  return (
    <div className="nn-confusions" data-testid="confusion">
      <UiConfusionMatrix matrix={counts} labels={names} caption={`Confusion matrix, ${which} points`} />
    </div>
  );
}
