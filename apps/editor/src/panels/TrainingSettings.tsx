import { lossNames, toyInfo, toyNames, type ToyName } from "@nudge/graph";
import { useDoc } from "../store/app-store";
import { NumberField } from "./NumberField";

/** Dataset, task, loss, optimiser, learning rate, batch size and regularisation. */
export function TrainingSettings() {
  const data = useDoc((s) => s.doc.data);
  const t = useDoc((s) => s.doc.training);
  const { setData, setTraining } = useDoc.getState();
  if (data.kind !== "toy") return null;
  return (
    <section className="nn-panel" aria-label="Settings">
      <h3>Data</h3>
      <label className="nn-field"><span>dataset</span>
        <select aria-label="dataset" value={data.name} onChange={(e) => setData({ ...data, name: e.target.value as ToyName })}>
          {toyNames.map((n) => <option key={n} value={n}>{n} ({toyInfo[n].task})</option>)}
        </select>
      </label>
      <NumberField label="points" min={4} max={5000} value={data.n} onCommit={(n) => setData({ ...data, n: Math.round(n) })} />
      <NumberField label="noise" min={0} max={10} value={data.noise} onCommit={(noise) => setData({ ...data, noise })} />
      <NumberField label="test fraction" min={0} max={0.9} value={data.testFraction} onCommit={(testFraction) => setData({ ...data, testFraction })} />
      <h3>Training · {toyInfo[data.name].task}</h3>
      <label className="nn-field"><span>loss</span>
        <select aria-label="loss" value={t.loss} onChange={(e) => setTraining({ loss: e.target.value as typeof t.loss })}>
          {lossNames.map((n) => <option key={n}>{n}</option>)}
        </select>
      </label>
      <label className="nn-field"><span>optimiser</span>
        <select aria-label="optimiser" value={t.optimizer.kind} onChange={(e) => setTraining({ optimizer: { ...t.optimizer, kind: e.target.value as "sgd" | "adam" } })}>
          <option value="sgd">SGD</option><option value="adam">Adam</option>
        </select>
      </label>
      <NumberField label="learning rate" min={1e-6} max={100} value={t.optimizer.lr} onCommit={(lr) => setTraining({ optimizer: { ...t.optimizer, lr } })} />
      <label className="nn-field"><span>lr schedule</span>
        <select aria-label="lr schedule" value={t.schedule.kind} onChange={(e) => setTraining({ schedule: { ...t.schedule, kind: e.target.value as "constant" | "linear-decay" } })}>
          <option value="constant">constant</option><option value="linear-decay">linear decay</option>
        </select>
      </label>
      <NumberField label="batch size" min={1} placeholder="all" value={t.batchSize === "all" ? undefined : t.batchSize}
        onCommit={(b) => setTraining({ batchSize: b >= data.n ? "all" : Math.round(b) })} />
      <NumberField label="L2 regularisation" min={0} max={10} value={t.l2} onCommit={(l2) => setTraining({ l2 })} />
    </section>
  );
}
