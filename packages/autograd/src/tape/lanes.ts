import { fail } from "../errors.js";
import { sigmoidOf } from "../ops.js";
import type { Program } from "./program.js";

// Op codes as module-local constants (see sweep.ts: imported bindings are getters under Vite/Vitest).
// prettier-ignore
const ADD = 1, MUL = 2, POW = 3, EXP = 4, LOG = 5, TANH = 6, RELU = 7, SIGMOID = 8, DOT = 9;

/**
 * The forward pass over `L` lanes (samples) at once: slot `s` of lane `l` lives at `v[s * L + l]`.
 * Same arithmetic per lane as `forwardSweep`; no domain checks (NaN and ±Infinity flow through).
 */
export function forwardLanes(p: Program, v: Float64Array, L: number, lanes = L): void {
  const { code, out, a, b, c, k, terms } = p;
  for (let i = 0, n = code.length; i < n; i++) {
    const o = out[i] * L,
      x = a[i] * L,
      y = b[i] * L;
    switch (code[i]) {
      case ADD:
        for (let l = 0; l < lanes; l++) v[o + l] = v[x + l] + v[y + l];
        break;
      case MUL:
        for (let l = 0; l < lanes; l++) v[o + l] = v[x + l] * v[y + l];
        break;
      case POW: {
        const e = k[i];
        for (let l = 0; l < lanes; l++) v[o + l] = Math.pow(v[x + l], e);
        break;
      }
      case EXP:
        for (let l = 0; l < lanes; l++) v[o + l] = Math.exp(v[x + l]);
        break;
      case LOG:
        for (let l = 0; l < lanes; l++) v[o + l] = Math.log(v[x + l]);
        break;
      case TANH:
        for (let l = 0; l < lanes; l++) v[o + l] = Math.tanh(v[x + l]);
        break;
      case RELU:
        for (let l = 0; l < lanes; l++) {
          const z = v[x + l];
          v[o + l] = z < 0 ? 0 : z;
        }
        break;
      case SIGMOID:
        for (let l = 0; l < lanes; l++) v[o + l] = sigmoidOf(v[x + l]);
        break;
      case DOT: {
        let prev = c[i] * L;
        const first = a[i],
          end = first + 4 * b[i];
        for (let t = first; t < end; t += 4) {
          const X = terms[t] * L,
            Y = terms[t + 1] * L,
            M = terms[t + 2] * L,
            S = terms[t + 3] * L;
          for (let l = 0; l < lanes; l++) {
            const m = v[X + l] * v[Y + l];
            v[M + l] = m;
            v[S + l] = v[prev + l] + m;
          }
          prev = S;
        }
        const act = k[i];
        if (act === RELU)
          for (let l = 0; l < lanes; l++) {
            const z = v[prev + l];
            v[o + l] = z < 0 ? 0 : z;
          }
        else if (act === TANH) for (let l = 0; l < lanes; l++) v[o + l] = Math.tanh(v[prev + l]);
        else if (act === SIGMOID) for (let l = 0; l < lanes; l++) v[o + l] = sigmoidOf(v[prev + l]);
        break;
      }
      default:
        fail("UNKNOWN_OP", "forwardLanes", code[i]);
    }
  }
}

/** The backward pass over `L` lanes, accumulating into `g` per lane exactly as `backwardSweep` does. */
export function backwardLanes(p: Program, v: Float64Array, g: Float64Array, L: number, lanes = L): void {
  const { code, out, a, b, c, k, terms } = p;
  for (let i = code.length - 1; i >= 0; i--) {
    const o = out[i] * L,
      x = a[i] * L,
      y = b[i] * L;
    switch (code[i]) {
      case ADD:
        for (let l = 0; l < lanes; l++) {
          const go = g[o + l];
          g[x + l] += go;
          g[y + l] += go;
        }
        break;
      case MUL:
        for (let l = 0; l < lanes; l++) {
          const go = g[o + l];
          const vx = v[x + l],
            vy = v[y + l];
          g[x + l] += vy * go;
          g[y + l] += vx * go;
        }
        break;
      case POW: {
        const e = k[i];
        for (let l = 0; l < lanes; l++) g[x + l] += e * Math.pow(v[x + l], e - 1) * g[o + l];
        break;
      }
      case EXP:
        for (let l = 0; l < lanes; l++) g[x + l] += v[o + l] * g[o + l];
        break;
      case LOG:
        for (let l = 0; l < lanes; l++) g[x + l] += g[o + l] / v[x + l];
        break;
      case TANH:
        for (let l = 0; l < lanes; l++) {
          const t = v[o + l];
          g[x + l] += (1 - t * t) * g[o + l];
        }
        break;
      case RELU:
        for (let l = 0; l < lanes; l++) if (v[o + l] > 0) g[x + l] += g[o + l];
        break;
      case SIGMOID:
        for (let l = 0; l < lanes; l++) {
          const s = v[o + l];
          g[x + l] += s * (1 - s) * g[o + l];
        }
        break;
      case DOT: {
        const first = a[i],
          act = k[i],
          tail = terms[first + 4 * b[i] - 1] * L;
        if (act === RELU) {
          for (let l = 0; l < lanes; l++) if (v[o + l] > 0) g[tail + l] += g[o + l];
        } else if (act === TANH)
          for (let l = 0; l < lanes; l++) {
            const t = v[o + l];
            g[tail + l] += (1 - t * t) * g[o + l];
          }
        else if (act === SIGMOID)
          for (let l = 0; l < lanes; l++) {
            const s = v[o + l];
            g[tail + l] += s * (1 - s) * g[o + l];
          }
        for (let t = first + 4 * (b[i] - 1); t >= first; t -= 4) {
          const X = terms[t] * L,
            Y = terms[t + 1] * L,
            M = terms[t + 2] * L,
            S = terms[t + 3] * L;
          const P = (t > first ? terms[t - 1] : c[i]) * L;
          for (let l = 0; l < lanes; l++) {
            const gs = g[S + l];
            g[P + l] += gs;
            const gm = (g[M + l] += gs);
            g[X + l] += v[Y + l] * gm;
            g[Y + l] += v[X + l] * gm;
          }
        }
        break;
      }
      default:
        fail("UNKNOWN_OP", "backwardLanes", code[i]);
    }
  }
}
