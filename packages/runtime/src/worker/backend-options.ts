/** Which tfjs backends layer graphs may use, first that starts wins (mirrors @nudge/models' BackendOptions). */
export interface TrainerBackendOptions {
  prefer?: readonly ("wasm" | "webgl" | "cpu")[];
  /** URLs of the tfjs-backend-wasm binaries (in Vite: `import wasm from "…/tfjs-backend-wasm.wasm?url"`). */
  wasmPaths?: string | Record<string, string>;
}

let chosen: TrainerBackendOptions | undefined;

/**
 * Choose the tfjs backend for layer graphs before the first one loads. Default: wasm then cpu in
 * Node; in a browser cpu, or wasm then cpu when `wasmPaths` are given (webgl only if asked for).
 *
 * @example
 * configureTrainerBackend({ wasmPaths: { "tfjs-backend-wasm.wasm": wasmUrl } });
 */
export function configureTrainerBackend(options: TrainerBackendOptions): void {
  chosen = options;
}

const inNode = () =>
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === "string";

/** The options to start tfjs with. */
export function backendOptions(): TrainerBackendOptions {
  const prefer = chosen?.prefer ?? (inNode() || chosen?.wasmPaths ? ["wasm", "cpu"] : ["cpu"]);
  return { ...chosen, prefer };
}
