import { fail } from "./errors.js";
import { LEAF, forwardOf } from "./ops.js";
import { topologicalOrder } from "./topo.js";
import { Value, exponentOf } from "./value.js";

/** Which part of backprop a step belongs to: forward ops, seeding `output.grad = 1`, or backward rules. */
export type StepPhase = "forward" | "seed" | "backward";

/** One node's state after a step; `id` is its index in `stepper.order` (the same ids as `toGraph`). */
export interface StepChange {
  id: number;
  value: number;
  grad: number;
}

/** What one step did: the op node it ran and every node it changed. */
export interface StepEvent {
  phase: StepPhase;
  /** The node whose op ran (forward), whose grad was seeded, or whose backward rule ran. */
  node: number;
  changed: StepChange[];
}

/** Backprop one op at a time, with undo. Made by {@link createStepper}. */
export interface Stepper {
  /** The nodes in topological order; ids are indices into this list. */
  readonly order: readonly Value[];
  /** Total number of steps: one per op forward, one seed, one per op backward. */
  readonly length: number;
  /** Steps done so far (0 after `reset`). */
  readonly position: number;
  /** The phase of the next step, or `"done"`. */
  readonly phase: StepPhase | "done";
  /** Runs the next step; `null` when done. */
  next(): StepEvent | null;
  /** Undoes the last step and reports the restored nodes; `null` at the start. */
  back(): StepEvent | null;
  /** Back to the start: every grad 0, nothing computed yet. */
  reset(): void;
  /** True once node `id`'s value has been computed in this run (leaves always are). */
  isComputed(id: number): boolean;
}

interface Saved {
  ids: number[];
  values: number[];
  grads: number[];
}

/**
 * Steps through `root`'s forward pass one op at a time, then its backward pass one rule at a time,
 * writing into the Values themselves (so `toGraph(root)` shows the state) and able to step back.
 * @example
 * const s = createStepper(a.mul(b).add(c));
 * s.next(); // { phase: "forward", node: 2, changed: [{ id: 2, value: a.data * b.data, grad: 0 }] }
 */
export function createStepper(root: Value): Stepper {
  const order = topologicalOrder(root);
  const ops = order.flatMap((v, id) => (v._code === LEAF ? [] : [id]));
  const ids = new Map<Value, number>(order.map((v, i) => [v, i]));
  const rootId = order.length - 1;
  const undo: Saved[] = [];
  const length = 2 * ops.length + 1;
  const forwardStepOf = new Int32Array(order.length).fill(-1);
  ops.forEach((id, step) => (forwardStepOf[id] = step));

  const phaseAt = (p: number): StepPhase | "done" =>
    p < ops.length ? "forward" : p === ops.length ? "seed" : p < length ? "backward" : "done";
  const nodeAt = (p: number): number => (p < ops.length ? ops[p] : p === ops.length ? rootId : ops[length - 1 - p]);
  const state = (id: number): StepChange => ({ id, value: order[id].data, grad: order[id].grad });
  const save = (list: number[]): Saved => ({
    ids: list,
    values: list.map((i) => order[i].data),
    grads: list.map((i) => order[i].grad),
  });
  const operands = (id: number): number[] => order[id].children.map((c) => ids.get(c)!);

  const stepper: Stepper = {
    order,
    length,
    get position() {
      return undo.length;
    },
    get phase() {
      return phaseAt(undo.length);
    },
    next() {
      const p = undo.length;
      const phase = phaseAt(p);
      if (phase === "done") return null;
      const id = nodeAt(p);
      const v = order[id];
      let touched: number[];
      if (phase === "forward") {
        touched = [id];
        const b = v._b === null ? 0 : v._b.data;
        const value = forwardOf(v._code, v._a!.data, b, exponentOf(v));
        if (value !== value) fail("NAN_RESULT", v.op, v._a!.data, b);
        undo.push(save(touched));
        v.data = value;
      } else if (phase === "seed") {
        touched = [id];
        undo.push(save(touched));
        v.grad = 1;
      } else {
        touched = [...new Set(operands(id))];
        undo.push(save(touched));
        Value.propagate(v);
      }
      return { phase, node: id, changed: touched.map(state) };
    },
    back() {
      const saved = undo.pop();
      if (saved === undefined) return null;
      const p = undo.length;
      saved.ids.forEach((id, i) => {
        order[id].data = saved.values[i];
        order[id].grad = saved.grads[i];
      });
      return { phase: phaseAt(p) as StepPhase, node: nodeAt(p), changed: saved.ids.map(state) };
    },
    reset() {
      while (undo.length > 0) stepper.back();
      for (const v of order) v.grad = 0;
    },
    isComputed(id) {
      return forwardStepOf[id] < undo.length;
    },
  };
  stepper.reset();
  return stepper;
}
