import { applyUnary, sampleLoss, unaryGrad } from "./ops.js";
import type { Plan, PlanNode } from "./plan.js";
import type { Batch, NonFinite, Trainable } from "./trainable.js";

/** Runs a plan over a batch: one Float64Array of values and one of gradients per node. */
export class PlanEvaluator implements Trainable {
  readonly params: Float64Array;
  readonly grads: Float64Array;
  readonly nodeIds: readonly string[];
  private values: Float64Array[] = [];
  private nodeGrads: Float64Array[] = [];
  private pre: Float64Array[] = [];
  private scratch = new Float64Array(1);
  private seeds: Float64Array[] = [];
  private preds = new Float64Array(1);
  private predGrad = new Float64Array(1);
  private inValues: Float64Array[][] = [];
  private inGrads: Float64Array[][] = [];
  private batch: Batch = { features: new Float32Array(0), targets: new Float32Array(0), dim: 0, rows: null, count: 1 };
  private firstBad: NonFinite | null = null;

  constructor(readonly plan: Plan) {
    this.params = new Float64Array(plan.paramOwners.length);
    this.grads = new Float64Array(plan.paramOwners.length);
    this.nodeIds = plan.nodes.map((n) => n.id);
    this.ensure(1);
  }

  get count(): number {
    return this.batch.count;
  }

  private ensure(count: number): void {
    if ((this.values[0]?.length ?? 0) >= count && this.values.length === this.plan.nodes.length) return;
    const size = Math.max(count, 1);
    this.values = this.plan.nodes.map(() => new Float64Array(size));
    this.nodeGrads = this.plan.nodes.map(() => new Float64Array(size));
    this.pre = this.plan.nodes.map((n) => new Float64Array(n.op === "neuron" ? size : 0));
    this.scratch = new Float64Array(size);
    this.seeds = this.plan.outputs.map(() => new Float64Array(size));
    this.preds = new Float64Array(Math.max(1, this.plan.outputs.length));
    this.predGrad = new Float64Array(Math.max(1, this.plan.outputs.length));
    this.inValues = this.plan.nodes.map((n) => n.inputs.map((j) => this.values[j]));
    this.inGrads = this.plan.nodes.map((n) => n.inputs.map((j) => this.nodeGrads[j]));
  }

  setBatch(batch: Batch): void {
    this.ensure(batch.count);
    this.batch = batch;
  }

  value(node: number, sample: number): number {
    return this.values[node][sample];
  }

  grad(node: number, sample: number): number {
    return this.nodeGrads[node][sample];
  }

  target(sample: number): number {
    const { rows, targets } = this.batch;
    return targets[rows ? rows[sample] : sample];
  }

  nonFinite(): NonFinite | null {
    return this.firstBad;
  }

  forward(l2 = 0): number {
    const { features, dim, rows, count } = this.batch;
    const { nodes } = this.plan;
    const params = this.params;
    this.firstBad = null;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      const v = this.values[i];
      const ins = this.inValues[i];
      const a = ins[0];
      if (n.op === "neuron") {
        this.neuronForward(i, count);
        for (let b = 0; b < count; b++) {
          if (!Number.isFinite(v[b]) && !this.firstBad) this.firstBad = { nodeId: n.id, what: "value", sample: b };
        }
        continue;
      }
      for (let b = 0; b < count; b++) {
        let y = 0;
        switch (n.op) {
          case "input": y = features[(rows ? rows[b] : b) * dim + n.feature]; break;
          case "const": y = n.value; break;
          case "param": y = params[n.param]; break;
          case "unary": y = applyUnary(n.fn, a[b]); break;
          case "add": y = 0; for (const x of ins) y += x[b]; break;
          case "mul": y = 1; for (const x of ins) y *= x[b]; break;
          case "sub": y = a[b] - ins[1][b]; break;
          case "div": y = a[b] / ins[1][b]; break;
          case "pow": y = a[b] ** n.exponent; break;
          case "output": y = a[b]; break;
          case "loss": y = 0; break;
        }
        v[b] = y;
        if (!Number.isFinite(y) && !this.firstBad) this.firstBad = { nodeId: n.id, what: "value", sample: b };
      }
    }
    return this.rootLoss(l2);
  }

  private rootLoss(l2: number): number {
    const { loss, lossKind, prediction, outputs } = this.plan;
    const count = this.batch.count;
    let sum = 0;
    if (lossKind) {
      const { preds, predGrad } = this;
      for (let b = 0; b < count; b++) {
        for (let j = 0; j < outputs.length; j++) preds[j] = this.values[outputs[j]][b];
        const l = sampleLoss(lossKind, preds, this.target(b), predGrad);
        for (let j = 0; j < outputs.length; j++) this.seeds[j][b] = predGrad[j];
        if (loss >= 0) this.values[loss][b] = l;
        if (!Number.isFinite(l) && !this.firstBad) this.firstBad = { nodeId: this.nodeIds[loss >= 0 ? loss : prediction], what: "value", sample: b };
        sum += l;
      }
    } else for (let b = 0; b < count; b++) sum += this.values[prediction][b];
    let reg = 0;
    if (l2 > 0) for (const p of this.params) reg += p * p;
    if (!Number.isFinite(l2 * reg) && !this.firstBad) {
      const k = this.params.findIndex((p) => !Number.isFinite(l2 * p * p));
      this.firstBad = { nodeId: this.plan.paramOwners[Math.max(k, 0)].id, what: "L2 penalty", sample: 0 };
    }
    return sum / count + l2 * reg;
  }

  backward(l2 = 0): void {
    const { nodes, loss, lossKind, prediction, outputs } = this.plan;
    const count = this.batch.count;
    const params = this.params;
    const pg = this.grads;
    for (const g of this.nodeGrads) g.fill(0, 0, count);
    for (let k = 0; k < pg.length; k++) pg[k] = 2 * l2 * params[k];
    if (lossKind) {
      for (let j = 0; j < outputs.length; j++) {
        const seed = this.seeds[j];
        const g = this.nodeGrads[outputs[j]];
        for (let b = 0; b < count; b++) g[b] += seed[b] / count;
      }
      if (loss >= 0) this.nodeGrads[loss].fill(1 / count, 0, count);
    } else this.nodeGrads[prediction].fill(1 / count, 0, count);
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i];
      const g = this.nodeGrads[i];
      const v = this.values[i];
      const ins = this.inValues[i];
      const gins = this.inGrads[i];
      if (n.op === "neuron") this.neuronBackward(i, count);
      else for (let b = 0; b < count; b++) {
        const gb = g[b];
        if (gb === 0) continue;
        switch (n.op) {
          case "param": pg[n.param] += gb; break;
          case "unary": gins[0][b] += gb * unaryGrad(n.fn, ins[0][b], v[b]); break;
          case "add": for (const gi of gins) gi[b] += gb; break;
          case "mul":
            for (let k = 0; k < ins.length; k++) {
              let others = 1;
              for (let m = 0; m < ins.length; m++) if (m !== k) others *= ins[m][b];
              gins[k][b] += gb * others;
            }
            break;
          case "sub": gins[0][b] += gb; gins[1][b] -= gb; break;
          case "div": gins[0][b] += gb / ins[1][b]; gins[1][b] -= (gb * ins[0][b]) / (ins[1][b] * ins[1][b]); break;
          case "pow": gins[0][b] += gb * n.exponent * ins[0][b] ** (n.exponent - 1); break;
          case "output": gins[0][b] += gb; break;
          default: break;
        }
      }
      if (!this.firstBad) {
        for (let b = 0; b < count; b++) {
          if (!Number.isFinite(g[b])) { this.firstBad = { nodeId: n.id, what: "gradient", sample: b }; break; }
        }
      }
    }
    if (!this.firstBad) {
      const k = pg.findIndex((x) => !Number.isFinite(x));
      if (k >= 0) this.firstBad = { nodeId: this.plan.paramOwners[k].id, what: "gradient", sample: 0 };
    }
  }

  /** act(Σ wₖ·xₖ + b) for the whole batch, keeping the pre-activation for backward. */
  private neuronForward(i: number, count: number): void {
    const n = this.plan.nodes[i] as Extract<PlanNode, { op: "neuron" }>;
    const pre = this.pre[i];
    const v = this.values[i];
    const ins = this.inValues[i];
    pre.fill(this.params[n.bias], 0, count);
    for (let k = 0; k < ins.length; k++) {
      const w = this.params[n.weights[k]];
      const x = ins[k];
      for (let b = 0; b < count; b++) pre[b] += w * x[b];
    }
    for (let b = 0; b < count; b++) v[b] = applyUnary(n.fn, pre[b]);
  }

  /** local = g·act'(pre); d bias += Σ local; d xₖ += local·wₖ; d wₖ += Σ local·xₖ. */
  private neuronBackward(i: number, count: number): void {
    const n = this.plan.nodes[i] as Extract<PlanNode, { op: "neuron" }>;
    const pre = this.pre[i];
    const v = this.values[i];
    const g = this.nodeGrads[i];
    const local = this.scratch;
    const pg = this.grads;
    let sum = 0;
    for (let b = 0; b < count; b++) {
      local[b] = g[b] * unaryGrad(n.fn, pre[b], v[b]);
      sum += local[b];
    }
    pg[n.bias] += sum;
    const ins = this.inValues[i];
    const gins = this.inGrads[i];
    for (let k = 0; k < ins.length; k++) {
      const w = this.params[n.weights[k]];
      const x = ins[k];
      const gi = gins[k];
      let acc = 0;
      for (let b = 0; b < count; b++) {
        gi[b] += local[b] * w;
        acc += local[b] * x[b];
      }
      pg[n.weights[k]] += acc;
    }
  }
}
