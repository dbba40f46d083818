/**
 * The ceiling: micrograd's moons step for MLP(2, [16, 16, 1]) written by hand over Float64Arrays,
 * same arithmetic (ReLU, max-margin, 1e-4·L2, SGD). Parameters in micrograd order.
 */
export interface HandNet {
  sizes: number[];
  params: Float64Array;
  grads: Float64Array;
  acts: Float64Array[];
  deltas: Float64Array[];
}

/** A network over a copy of `init` (micrograd parameter order: per neuron, weights then bias). */
export function createHandNet(sizes: number[], init: ArrayLike<number>): HandNet {
  return {
    sizes,
    params: Float64Array.from(init),
    grads: new Float64Array(init.length),
    acts: sizes.map((s) => new Float64Array(s)),
    deltas: sizes.map((s) => new Float64Array(s)),
  };
}

/** One full-batch step; returns the loss before the update. */
export function handStep(net: HandNet, x: number[][], y: number[], lr: number): number {
  const { sizes, params: p, grads: g, acts, deltas } = net;
  const L = sizes.length - 1,
    n = x.length;
  g.fill(0);
  let data = 0;
  for (let e = 0; e < n; e++) {
    acts[0][0] = x[e][0];
    acts[0][1] = x[e][1];
    for (let l = 0, off = 0; l < L; l++) {
      const nin = sizes[l],
        nout = sizes[l + 1],
        a = acts[l],
        z = acts[l + 1];
      for (let j = 0; j < nout; j++, off += nin + 1) {
        let s = p[off + nin];
        for (let i = 0; i < nin; i++) s += p[off + i] * a[i];
        z[j] = l < L - 1 && s < 0 ? 0 : s;
      }
    }
    const margin = 1 - y[e] * acts[L][0];
    // Same arithmetic as the graph: no early exit when the margin (or a ReLU) is inactive.
    data += margin > 0 ? margin : 0;
    deltas[L][0] = margin > 0 ? -y[e] / n : 0;
    for (let l = L - 1, end = p.length; l >= 0; l--) {
      const nin = sizes[l],
        nout = sizes[l + 1],
        a = acts[l],
        d = deltas[l + 1],
        da = deltas[l];
      const off0 = end - nout * (nin + 1);
      da.fill(0);
      for (let j = 0, off = off0; j < nout; j++, off += nin + 1) {
        const dj = d[j];
        g[off + nin] += dj;
        for (let i = 0; i < nin; i++) {
          g[off + i] += dj * a[i];
          da[i] += dj * p[off + i];
        }
      }
      if (l > 0) for (let i = 0; i < nin; i++) if (a[i] <= 0) da[i] = 0;
      end = off0;
    }
  }
  let reg = 0;
  for (let k = 0; k < p.length; k++) {
    reg += p[k] * p[k];
    g[k] += 2e-4 * p[k];
  }
  for (let k = 0; k < p.length; k++) p[k] -= lr * g[k];
  return data / n + 1e-4 * reg;
}
