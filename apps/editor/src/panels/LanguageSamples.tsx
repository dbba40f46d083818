import { formatNumber } from "@nudge/graph";
import { useTraining } from "../training/training-store";

/** A language model's dev loss and the words it samples now (refreshed by the worker every few seconds). */
export function LanguageSamples() {
  const devLoss = useTraining((s) => s.snapshot?.devLoss);
  const samples = useTraining((s) => s.snapshot?.samples);
  if (!samples) return null;
  return (
    <div className="nn-language" data-testid="language-samples">
      {devLoss !== undefined && (
        <p>
          dev loss <span data-testid="dev-loss">{formatNumber(devLoss)}</span>
        </p>
      )}
      <p>
        Samples: <span data-testid="samples">{samples.map((w) => w || "·").join(", ")}</span>
      </p>
    </div>
  );
}
