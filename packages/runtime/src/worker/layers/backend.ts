import { selectBackend, type BackendReport } from "@nudge/models";

let ready: Promise<BackendReport> | undefined;

/** Start a tfjs backend once (wasm, then webgl, then cpu: the first that starts). */
export function ensureBackend(): Promise<BackendReport> {
  ready ??= selectBackend();
  return ready;
}
