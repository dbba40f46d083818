import { Histogram, LayerStatsTable } from "@nudge/ui";
import { useMemo, useState } from "react";
import { useDoc } from "../store/app-store";
import { useTraining } from "../training/training-store";
import { layerViews } from "./layer-views";

/**
 * The "Layers" section: per-layer activation and gradient statistics (@nudge/ui `LayerStatsTable`) and, per layer,
 * histograms of activations over the input plane (saturated tanh tails marked) and of the weight gradients into it.
 * Collapsed by default; nothing is computed while it is closed.
 */
export function LayersPanel() {
  const [open, setOpen] = useState(false);
  // Layer graphs show the worker's Diagnostics (real activations) instead of output-map histograms.
  const has = useTraining((s) => (s.snapshot?.layerStats?.length ?? 0) > 0 && !s.snapshot?.diagnostics);
  if (!has) return null;
  return (
    <details className="nn-panel nn-layers" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Layers <span className="nn-muted">activations and gradients per layer</span>
      </summary>
      {open && <LayersBody />}
    </details>
  );
}

function LayersBody() {
  const snap = useTraining((s) => s.snapshot);
  const doc = useDoc((s) => s.doc);
  const views = useMemo(() => (snap ? layerViews(doc, snap) : []), [doc, snap]);
  if (!snap?.layerStats) return null;
  return (
    <>
      <LayerStatsTable layers={snap.layerStats} names={views.map((v) => v.short)} />
      {views.map((v, i) => (
        <div key={v.name} className="nn-layer-hists" data-testid="layer-histograms">
          <Histogram
            title={`${v.name} activations`}
            values={v.activations}
            bins={24}
            width={150}
            height={56}
            range={v.activation === "tanh" ? [-1, 1] : undefined}
            saturation={v.activation === "tanh" ? 0.97 : undefined}
            saturatedShare={snap.layerStats?.[i]?.saturated}
          />
          <Histogram title={`${v.name} weight gradients`} values={v.weightGrads} bins={24} width={150} height={56} />
        </div>
      ))}
    </>
  );
}
