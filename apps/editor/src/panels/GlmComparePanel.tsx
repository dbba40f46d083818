import { oneNeuronGlm } from "@nudge/graph";
import type { GlmResult } from "@nudge/runtime";
import { GlmComparisonTable } from "@nudge/ui";
import { useEffect, useState } from "react";
import { useDoc } from "../store/app-store";
import { useControls } from "../training/controls";
import { useTraining } from "../training/training-store";

/** "Compare with the statistical fit": for a one-neuron GLM graph, the trained neuron beside the GLM the worker fits by IRLS. */
export function GlmComparePanel() {
  const isGlm = useDoc((s) => oneNeuronGlm(s.doc).ok);
  const trainer = useControls((s) => s.trainer);
  const step = useTraining((s) => s.snapshot?.step);
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<GlmResult | null>(null);
  useEffect(() => {
    if (!open || !trainer) return;
    let live = true;
    trainer.fitGlm().then(
      (r) => live && setResult(r),
      (e: unknown) => live && setResult({ ok: false, reason: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [open, trainer, step]);
  if (!isGlm) return null;
  return (
    <section className="nn-panel nn-glm" aria-label="Statistical fit">
      <button type="button" className="nudge-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "Hide the statistical fit" : "Compare with the statistical fit"}
      </button>
      {open && result?.ok && <GlmComparisonTable {...result.comparison} />}
      {open && result && !result.ok && (
        <p className="nn-muted" role="status">
          No statistical fit: {result.reason}.
        </p>
      )}
    </section>
  );
}
