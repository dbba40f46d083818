import { expose, type Endpoint } from "comlink";
import { announceClose } from "../closing.js";
import { createWorkerApi } from "./api.js";

export { configureTrainerBackend } from "./backend-options.js";
export type { TrainerBackendOptions } from "./backend-options.js";

const exposed = new WeakSet<object>();

/** Expose the training worker api on a scope (importing this module already does it for `self`). */
export function exposeTrainerWorker(scope: Endpoint = globalThis as unknown as Endpoint): void {
  if (exposed.has(scope)) return;
  exposed.add(scope);
  expose(createWorkerApi(), scope);
}

exposeTrainerWorker();
announceClose(globalThis as unknown as Parameters<typeof announceClose>[0]);
