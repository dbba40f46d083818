/**
 * The baseline: a straightforward JS port of micrograd, one object and one closure per node,
 * children in a Set and a recursive topological sort (PERF-NOTES' "closure port").
 */
export class CValue {
  data: number;
  grad = 0;
  _backward: () => void = () => {};
  _prev: Set<CValue>;
  _op: string;

  constructor(data: number, children: CValue[] = [], op = "") {
    this.data = data;
    this._prev = new Set(children);
    this._op = op;
  }

  add(other: CValue | number): CValue {
    const o = other instanceof CValue ? other : new CValue(other);
    const out = new CValue(this.data + o.data, [this, o], "+");
    out._backward = () => {
      this.grad += out.grad;
      o.grad += out.grad;
    };
    return out;
  }

  mul(other: CValue | number): CValue {
    const o = other instanceof CValue ? other : new CValue(other);
    const out = new CValue(this.data * o.data, [this, o], "*");
    out._backward = () => {
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    };
    return out;
  }

  relu(): CValue {
    const out = new CValue(this.data < 0 ? 0 : this.data, [this], "ReLU");
    out._backward = () => {
      this.grad += (out.data > 0 ? 1 : 0) * out.grad;
    };
    return out;
  }

  backward(): void {
    const topo: CValue[] = [];
    const visited = new Set<CValue>();
    const build = (v: CValue) => {
      if (visited.has(v)) return;
      visited.add(v);
      for (const child of v._prev) build(child);
      topo.push(v);
    };
    build(this);
    this.grad = 1;
    for (let i = topo.length - 1; i >= 0; i--) topo[i]._backward();
  }
}

/** micrograd's MLP over CValue, with weights copied in (micrograd parameter order). */
export class CMLP {
  readonly layers: { w: CValue[]; b: CValue; relu: boolean }[][];

  constructor(sizes: number[], init: number[]) {
    let k = 0;
    this.layers = sizes.slice(1).map((nout, l) =>
      Array.from({ length: nout }, () => ({
        w: Array.from({ length: sizes[l] }, () => new CValue(init[k++])),
        b: new CValue(init[k++]),
        relu: l !== sizes.length - 2,
      })),
    );
  }

  forward(x: (CValue | number)[]): CValue {
    let h: (CValue | number)[] = x;
    for (const layer of this.layers) {
      h = layer.map((n) => {
        let act = n.b;
        n.w.forEach((w, i) => (act = act.add(w.mul(h[i]))));
        return n.relu ? act.relu() : act;
      });
    }
    return h[0] as CValue;
  }

  parameters(): CValue[] {
    return this.layers.flatMap((l) => l.flatMap((n) => [...n.w, n.b]));
  }
}

/** One micrograd demo step: max-margin + 1e-4·L2, backward, SGD. Returns the loss. */
export function closureStep(model: CMLP, x: number[][], y: number[], lr: number): number {
  const scores = x.map((row) => model.forward(row));
  const losses = scores.map((s, i) => s.mul(-y[i]).add(1).relu());
  const data = losses.reduce((a, b) => a.add(b)).mul(1 / losses.length);
  const params = model.parameters();
  const reg = params
    .map((p) => p.mul(p))
    .reduce((a, b) => a.add(b))
    .mul(1e-4);
  const loss = data.add(reg);
  for (const p of params) p.grad = 0;
  loss.backward();
  for (const p of params) p.data -= lr * p.grad;
  return loss.data;
}
