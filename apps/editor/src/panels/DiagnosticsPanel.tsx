import type { Diagnostics, LayerDiagnostics } from "@nudge/runtime";
import { CurveChart, HistogramLines, RatioBars, type HistogramLine } from "@nudge/ui";
import { useMemo, useState } from "react";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { useTraining } from "../training/training-store";
import { useThrottled } from "./throttle";

const tones = ["pos", "neg", "grad", "text"] as const;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * The "Diagnostics" section of a layer graph (makemore part 3), from the worker's statistics on real training
 * batches: activation and gradient histograms per layer, tanh saturation, weight gradient:data and the
 * update:data ratio over time (guide line at −3). Collapsed by default; redrawn at most 4 times a second.
 */
export function DiagnosticsPanel() {
  const [open, setOpen] = useState(false);
  const has = useTraining((s) => s.snapshot?.diagnostics !== undefined);
  if (!has) return null;
  return (
    <details className="nn-panel nn-layers" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Diagnostics <span className="nn-muted">activations, gradients and updates per layer</span>
      </summary>
      {open && <DiagnosticsBody />}
    </details>
  );
}

function DiagnosticsBody() {
  const d = useThrottled(
    useTraining((s) => s.snapshot?.diagnostics),
    250,
  );
  const doc = useDoc((s) => s.doc);
  const theme = useUi((s) => s.theme);
  const name = useMemo(() => {
    const labels = new Map(doc.nodes.map((n) => [n.id, n.label ?? n.id]));
    return (id: string) => labels.get(id) ?? id;
  }, [doc]);
  if (!d) return null;
  const tanh = d.layers.filter((l) => l.activation === "tanh");
  const shown = tanh.length > 0 ? tanh : d.layers;
  const line = (l: LayerDiagnostics, h: NonNullable<LayerDiagnostics["gradients"]>, note: string): HistogramLine => ({
    label: `${name(l.nodeId)} (${l.activation ?? l.type})`,
    counts: h.counts,
    min: h.min,
    max: h.max,
    note,
  });
  const sampled = d.layers.filter((l) => l.sampled);
  return (
    <div className="nn-diagnostics" data-step={d.step}>
      <p className="nn-muted">
        From the training batch of step {d.step}
        {sampled.length > 0 &&
          `; ${sampled.map((l) => `${name(l.nodeId)}: a sample of ${l.sampled!.used} of ${l.sampled!.of} values`).join(", ")}`}
        .
      </p>
      <div data-testid="diag-activations">
        <HistogramLines
          title={
            tanh.length > 0
              ? `Activations of the tanh layers; saturated: |t| > ${d.saturationThreshold}`
              : "Activations"
          }
          threshold={tanh.length > 0 ? d.saturationThreshold : undefined}
          lines={shown.map((l) =>
            line(
              l,
              l.activations,
              `mean ${l.activations.mean.toFixed(2)}, std ${l.activations.std.toFixed(2)}` +
                (l.saturated !== undefined ? `, saturated ${pct(l.saturated)}` : ""),
            ),
          )}
        />
      </div>
      <div data-testid="diag-gradients">
        <HistogramLines
          title="Gradients ∂loss/∂output"
          lines={shown.flatMap((l) =>
            l.gradients
              ? [
                  line(
                    l,
                    l.gradients,
                    `mean ${l.gradients.mean.toExponential(1)}, std ${l.gradients.std.toExponential(1)}`,
                  ),
                ]
              : [],
          )}
        />
      </div>
      <div data-testid="diag-grad-data">
        <RatioBars
          title="Weight gradient : data, std(∂loss/∂W) / std(W)"
          bars={d.layers.flatMap((l) =>
            l.gradToData !== undefined ? [{ label: name(l.nodeId), value: l.gradToData }] : [],
          )}
        />
      </div>
      <div data-testid="diag-update-data">
        <UpdateChart d={d} name={name} theme={theme} />
      </div>
    </div>
  );
}

function UpdateChart({ d, name, theme }: { d: Diagnostics; name: (id: string) => string; theme: string }) {
  const { nodeIds, steps, ratios } = d.updates;
  const n = steps.length;
  if (n < 2) return <p className="nn-muted">The update : data ratio over time appears after a few steps.</p>;
  const series = nodeIds.map((id, i) => ({
    label: name(id),
    values: ratios.subarray(i * n, (i + 1) * n),
    tone: tones[i % tones.length]!,
    dashed: i >= tones.length,
  }));
  return (
    <CurveChart
      title="log10 update : data"
      x={steps}
      series={[
        ...series,
        { label: "guide −3", values: new Float32Array(n).fill(-3), tone: "muted" as const, dashed: true },
      ]}
      width={316}
      height={140}
      theme={theme}
    />
  );
}
