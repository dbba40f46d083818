import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { modelError } from "../spec/errors.js";

/** The tfjs backends Nudge knows how to pick. */
export type BackendName = "wasm" | "webgl" | "cpu";

/** URLs of the wasm binaries (under Vite: `import url from ".../tfjs-backend-wasm.wasm?url"`), or a folder prefix. */
export type WasmPaths =
  | string
  | Partial<Record<"tfjs-backend-wasm.wasm" | "tfjs-backend-wasm-simd.wasm" | "tfjs-backend-wasm-threaded-simd.wasm", string>>;

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

/** The default order: wasm is ~6x faster than cpu on the course's models (PERF-NOTES.md). */
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
  const attempts: BackendReport["attempts"] = [];
  for (const name of order) {
    if (tf.getBackend() === name) {
      attempts.push({ name, ok: true });
      return report(name, attempts);
    }
    const reason = await tryBackend(name);
    attempts.push(reason === undefined ? { name, ok: true } : { name, ok: false, reason });
    if (reason === undefined) {
      await tf.ready();
      return report(name, attempts);
    }
  }
  throw modelError("BACKEND_UNAVAILABLE", order);
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
