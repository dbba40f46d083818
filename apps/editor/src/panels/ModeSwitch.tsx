import { graphModes, type GraphMode } from "@nudge/graph";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";

const about: Record<GraphMode, { label: string; title: string }> = {
  expression: { label: "Expression", title: "Numbers and ops: Forward, Backward, one op at a time" },
  neurons: { label: "Neurons", title: "Single neurons wired by hand, trained on a data set" },
  layers: { label: "Layers", title: "Whole layers, trained with tfjs" },
};

/** The mode as a sentence ends: "this graph is now an expression". */
export const modeNames: Record<GraphMode, string> = {
  expression: "an expression",
  neurons: "a network of neurons",
  layers: "a network of layers",
};

/** The tip shown when a graph changes mode. */
export const modeHints: Record<GraphMode, string> = {
  expression: "Press Forward for the values, then Backward for the gradients; or step one op at a time.",
  neurons: "Wire Inputs through Neurons to an Output, then press Play.",
  layers: "Chain Features, Dense layers and an Output, then press Play.",
};

/** The document's mode, one visible choice above the palette; until one is picked, the nodes decide (a graph without data nodes is an expression). */
export function ModeSwitch() {
  const mode = useDoc((s) => s.doc.mode);
  return (
    <label className="nn-mode" title={about[mode].title}>
      <span>Mode</span>
      <select
        aria-label="Mode"
        value={mode}
        onChange={(e) => {
          const m = e.target.value as GraphMode;
          useDoc.getState().setMode(m);
          useUi.getState().setHint(modeHints[m]);
        }}
      >
        {graphModes.map((m) => (
          <option key={m} value={m} title={about[m].title}>
            {about[m].label}
          </option>
        ))}
      </select>
    </label>
  );
}
