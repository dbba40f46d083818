import { fail } from "../errors.js";
import { sigmoidOf } from "../ops.js";
import type { Program } from "./program.js";

// The op codes of ops.ts as module-local constants: dev-time module runners (Vite, Vitest) turn
// imported bindings into getter calls, which costs 3x in these switches.
// prettier-ignore
const ADD = 1, MUL = 2, POW = 3, EXP = 4, LOG = 5, TANH = 6, RELU = 7, SIGMOID = 8, DOT = 9;

/** Runs every instruction in order: the forward pass. Same arithmetic as the `Value` methods. */
export function forwardSweep(p: Program, v: Float64Array): void {
  const { code, out, a, b, c, k, terms } = p;
  for (let i = 0, n = code.length; i < n; i++) {
    switch (code[i]) {
      case ADD:
        v[out[i]] = v[a[i]] + v[b[i]];
        break;
      case MUL:
        v[out[i]] = v[a[i]] * v[b[i]];
        break;
      case POW:
        v[out[i]] = Math.pow(v[a[i]], k[i]);
        break;
      case EXP:
        v[out[i]] = Math.exp(v[a[i]]);
        break;
      case LOG:
        v[out[i]] = Math.log(v[a[i]]);
        break;
      case TANH:
        v[out[i]] = Math.tanh(v[a[i]]);
        break;
      case RELU: {
        const x = v[a[i]];
        v[out[i]] = x < 0 ? 0 : x;
        break;
      }
      case SIGMOID:
        v[out[i]] = sigmoidOf(v[a[i]]);
        break;
      case DOT: {
        let s = v[c[i]];
        for (let t = a[i], end = a[i] + 4 * b[i]; t < end; t += 4) {
          const m = v[terms[t]] * v[terms[t + 1]];
          v[terms[t + 2]] = m;
          s += m;
          v[terms[t + 3]] = s;
        }
        const act = k[i];
        if (act === RELU) v[out[i]] = s < 0 ? 0 : s;
        else if (act === TANH) v[out[i]] = Math.tanh(s);
        else if (act === SIGMOID) v[out[i]] = sigmoidOf(s);
        break;
      }
      default:
        fail("UNKNOWN_OP", "forwardSweep", code[i]);
    }
  }
}

/** Runs every instruction's backward rule in reverse order, accumulating into `g` as `Value.backward` does. */
export function backwardSweep(p: Program, v: Float64Array, g: Float64Array): void {
  const { code, out, a, b, c, k, terms } = p;
  for (let i = code.length - 1; i >= 0; i--) {
    const o = out[i];
    const go = g[o];
    switch (code[i]) {
      case ADD:
        g[a[i]] += go;
        g[b[i]] += go;
        break;
      case MUL: {
        const x = a[i],
          y = b[i];
        g[x] += v[y] * go;
        g[y] += v[x] * go;
        break;
      }
      case POW: {
        const x = a[i];
        g[x] += k[i] * Math.pow(v[x], k[i] - 1) * go;
        break;
      }
      case EXP:
        g[a[i]] += v[o] * go;
        break;
      case LOG:
        g[a[i]] += go / v[a[i]];
        break;
      case TANH:
        g[a[i]] += (1 - v[o] * v[o]) * go;
        break;
      case RELU:
        if (v[o] > 0) g[a[i]] += go;
        break;
      case SIGMOID:
        g[a[i]] += v[o] * (1 - v[o]) * go;
        break;
      case DOT: {
        // Unrolls the activation, then the chain of adds and products, exactly as the Value graph
        // would propagate them.
        const first = a[i],
          act = k[i],
          tail = terms[first + 4 * b[i] - 1];
        if (act === RELU) {
          if (v[o] > 0) g[tail] += go;
        } else if (act === TANH) g[tail] += (1 - v[o] * v[o]) * go;
        else if (act === SIGMOID) g[tail] += v[o] * (1 - v[o]) * go;
        let gs = g[tail];
        for (let t = first + 4 * (b[i] - 1); t >= first; t -= 4) {
          const x = terms[t],
            y = terms[t + 1],
            m = terms[t + 2];
          const prev = t > first ? terms[t - 1] : c[i];
          g[prev] += gs;
          g[m] += gs;
          const gm = g[m];
          g[x] += v[y] * gm;
          g[y] += v[x] * gm;
          gs = g[prev];
        }
        break;
      }
      default:
        fail("UNKNOWN_OP", "backwardSweep", code[i]);
    }
  }
}
