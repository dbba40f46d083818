import { ConfusionMatrix as UiConfusionMatrix } from "@nudge/ui";
import { useDoc } from "../store/app-store";
import { useTraining } from "../training/training-store";
import { confusionFromGrid } from "./confusion";
import { pointsFor } from "./points";

/** Actual vs predicted class counts for the training points (two-class toy sets). */
export function ConfusionMatrix() {
  const boundary = useTraining((s) => s.snapshot?.boundary);
  const data = useDoc((s) => s.doc.data);
  const loss = useDoc((s) => s.doc.training.loss);
  const pts = pointsFor(data);
  if (!boundary || !pts || pts.dim !== 2 || boundary.values.length !== boundary.size * boundary.size) return null;
  const which = pts.test.some((t) => t === 1) ? "test" : "train";
  const { counts } = confusionFromGrid(pts, boundary, loss === "bce" || loss === "mse" ? 0.5 : 0, which);
  const names = (pts.classes.length === 2 ? pts.classes : ["class 0", "class 1"]).map((n) => (n.length > 8 ? n.split(" ")[0]! : n));
  return (
    <div className="nn-confusion">
      <UiConfusionMatrix matrix={counts} labels={names} caption={`Confusion matrix, ${which} points`} />
    </div>
  );
}
