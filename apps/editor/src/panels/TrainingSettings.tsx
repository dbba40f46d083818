import { effectiveLoss, lossNames, toyInfo, toyNames, type ToyName } from "@nudge/graph";
import { NumberField, SelectField } from "@nudge/ui";
import { useDoc } from "../store/app-store";
import { useUi } from "../store/ui-store";

const OPTIMISERS = [
  { value: "sgd", label: "SGD" },
  { value: "adam", label: "Adam" },
] as const;
const SCHEDULES = [
  { value: "constant", label: "constant" },
  { value: "linear-decay", label: "linear decay" },
] as const;
const STOP_UNITS = [
  { value: "steps", label: "steps" },
  { value: "epochs", label: "epochs" },
] as const;

/** The loss: chosen here, or read-only with a pointer when a Loss node decides it (@nudge/graph's `effectiveLoss`). */
function LossField() {
  const name = useDoc((s) => effectiveLoss(s.doc).name);
  const nodeId = useDoc((s) => effectiveLoss(s.doc).nodeId);
  const loss = { name, nodeId };
  const setTraining = useDoc.getState().setTraining;
  if (!loss.nodeId)
    return (
      <SelectField
        label="loss"
        value={loss.name}
        options={lossNames.map((n) => ({ value: n, label: n }))}
        onChange={(name) => setTraining({ loss: name })}
      />
    );
  return (
    <div className="nudge-field" data-testid="loss-from-node">
      <span className="nudge-field__label">loss</span>
      <span>
        <strong>{loss.name}</strong>, set on the Loss node{" "}
        <button type="button" className="nudge-button" onClick={() => useUi.getState().select([loss.nodeId!], [])}>
          Select it
        </button>
      </span>
    </div>
  );
}

/** Dataset, task, loss, optimiser, learning rate, batch size and regularisation. */
export function TrainingSettings() {
  const data = useDoc((s) => s.doc.data);
  const t = useDoc((s) => s.doc.training);
  const { setData, setTraining } = useDoc.getState();
  if (data.kind !== "toy") return null;
  return (
    <section className="nn-panel nn-settings" aria-label="Settings">
      <h3>Data</h3>
      <SelectField
        label="dataset"
        value={data.name}
        options={toyNames.map((n) => ({ value: n, label: `${n} (${toyInfo[n].task})` }))}
        onChange={(name: ToyName) => setData({ ...data, name })}
      />
      <NumberField
        label="points"
        min={4}
        max={5000}
        value={data.n}
        onChange={(n) => setData({ ...data, n: Math.round(n) })}
      />
      <NumberField
        label="noise"
        min={0}
        max={10}
        value={data.noise}
        onChange={(noise) => setData({ ...data, noise })}
      />
      <NumberField
        label="test fraction"
        min={0}
        max={0.9}
        value={data.testFraction}
        onChange={(testFraction) => setData({ ...data, testFraction })}
      />
      <h3>Training · {toyInfo[data.name].task}</h3>
      <LossField />
      <SelectField
        label="optimiser"
        value={t.optimizer.kind}
        options={OPTIMISERS}
        onChange={(kind) => setTraining({ optimizer: { ...t.optimizer, kind } })}
      />
      <NumberField
        label="learning rate"
        min={1e-6}
        max={100}
        value={t.optimizer.lr}
        onChange={(lr) => setTraining({ optimizer: { ...t.optimizer, lr } })}
      />
      <SelectField
        label="lr schedule"
        value={t.schedule.kind}
        options={SCHEDULES}
        onChange={(kind) => setTraining({ schedule: { ...t.schedule, kind } })}
      />
      <NumberField
        label="batch size"
        min={1}
        placeholder="all"
        value={t.batchSize === "all" ? undefined : t.batchSize}
        onChange={(b) => setTraining({ batchSize: b >= data.n ? "all" : Math.round(b) })}
      />
      <NumberField label="L2 regularisation" min={0} max={10} value={t.l2} onChange={(l2) => setTraining({ l2 })} />
      <h3>Stop</h3>
      <NumberField
        label="pause after"
        min={1}
        max={1e9}
        integer
        placeholder="never"
        value={t.stopAfter?.count}
        onChange={(count) => setTraining({ stopAfter: { unit: t.stopAfter?.unit ?? "steps", count } })}
      />
      <SelectField
        label="counted in"
        value={t.stopAfter?.unit ?? "steps"}
        options={STOP_UNITS}
        onChange={(unit) => setTraining({ stopAfter: { count: t.stopAfter?.count ?? 2000, unit } })}
      />
    </section>
  );
}
