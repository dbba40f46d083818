import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { modelError } from "../errors.js";

/** The tfjs backends Nudge knows how to pick. */
export type BackendName = "wasm" | "webgl" | "cpu";

/** URLs of the wasm binaries (under Vite: `import url from ".../tfjs-backend-wasm.wasm?url"`), or a folder prefix. */
export type WasmPaths =
  | string
  | Partial<
      Record<"tfjs-backend-wasm.wasm" | "tfjs-backend-wasm-simd.wasm" | "tfjs-backend-wasm-threaded-simd.wasm", string>
    >;

/** Options for {@link selectBackend}. */
export interface BackendOptions {
  /** Backends to try, first that starts wins. Default: wasm, then webgl, then cpu. */
  prefer?: readonly BackendName[];
  /** Where the wasm binaries live; Node finds them in node_modules without this. */
  wasmPaths?: WasmPaths;
}

/** What {@link selectBackend} chose, and why. */
export interface BackendReport {
  name: BackendName;
  attempts: { name: BackendName; ok: boolean; reason?: string }[];
  simd: boolean;
  threads: boolean;
}

/**
 * The default order, fastest first: on the course's models wasm runs 5–8x faster than cpu (`pnpm
 * --filter @nudge/models bench`), and webgl's per-kernel dispatch and readback cost more than
 * wasm's at these sizes, so it only comes second (where wasm cannot start).
 */
export const defaultBackendOrder: readonly BackendName[] = ["wasm", "webgl", "cpu"];

let wasmPathsSet = false;

async function tryBackend(name: BackendName): Promise<string | undefined> {
  if (!tf.findBackendFactory(name)) return "not offered here";
  try {
    return (await tf.setBackend(name)) ? undefined : "failed to start";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Choose the first tfjs backend that starts and report the choice (wasm by default).
 *
 * @example
 * const { name } = await selectBackend({ wasmPaths: { "tfjs-backend-wasm.wasm": wasmUrl } });
 */
export async function selectBackend(options: BackendOptions = {}): Promise<BackendReport> {
  if (options.wasmPaths !== undefined && !wasmPathsSet) {
    setWasmPaths(options.wasmPaths);
    wasmPathsSet = true;
  }
  const order = options.prefer ?? defaultBackendOrder;
  const chosen = await firstThatStarts(order, async (name) => {
    if (tf.getBackend() === name) return undefined;
    const reason = await tryBackend(name);
    if (reason === undefined) await tf.ready();
    return reason;
  });
  if (!chosen) throw modelError("BACKEND_UNAVAILABLE", order);
  return report(chosen.name, chosen.attempts);
}

/**
 * The selection rule on its own: try `order` in turn and stop at the first backend that `start`
 * reports as started (`undefined`; otherwise the reason it did not). `undefined` when none started.
 */
export async function firstThatStarts(
  order: readonly BackendName[],
  start: (name: BackendName) => Promise<string | undefined>,
): Promise<{ name: BackendName; attempts: BackendReport["attempts"] } | undefined> {
  const attempts: BackendReport["attempts"] = [];
  for (const name of order) {
    const reason = await start(name);
    attempts.push(reason === undefined ? { name, ok: true } : { name, ok: false, reason });
    if (reason === undefined) return { name, attempts };
  }
  return undefined;
}

function report(name: BackendName, attempts: BackendReport["attempts"]): BackendReport {
  const wasm = name === "wasm";
  return {
    name,
    attempts,
    simd: wasm && tf.env().getBool("WASM_HAS_SIMD_SUPPORT"),
    threads: wasm && tf.env().getBool("WASM_HAS_MULTITHREAD_SUPPORT"),
  };
}
