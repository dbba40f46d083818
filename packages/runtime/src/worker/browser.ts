import { expose, type Endpoint } from "comlink";
import { createWorkerApi } from "./api.js";

/** Expose the training worker api on a worker scope (default: this worker's `self`). */
export function exposeTrainerWorker(scope: Endpoint = globalThis as unknown as Endpoint): void {
  expose(createWorkerApi(), scope);
}

exposeTrainerWorker();
