/**
 * `@nudge/runtime/node`: the trainer for Node (scripts, tests) with `worker_threads` workers.
 * Browser code imports `@nudge/runtime`, which carries no Node adapter.
 */
import { createTrainer as createBaseTrainer, type Trainer, type TrainerOptions } from "../client/create-trainer.js";
import type { TrainerWorker, WorkerConnection } from "../client/connect.js";
import { nodeEndpoint, type NodePortLike } from "./endpoint.js";

/** A Node `worker_threads.Worker` (or anything shaped like one). */
export interface NodeWorkerLike extends NodePortLike {
  terminate(): unknown;
}

/** Options of the Node {@link createTrainer}: `worker` may also return a `worker_threads` Worker. */
export interface NodeTrainerOptions extends Omit<TrainerOptions, "worker"> {
  worker: () => NodeWorkerLike | TrainerWorker;
}

const isNodeWorker = (w: unknown): w is NodeWorkerLike =>
  typeof (w as NodeWorkerLike).on === "function" &&
  typeof (w as NodeWorkerLike).terminate === "function" &&
  !("addEventListener" in (w as object));

/**
 * Adapt a `worker_threads` Worker for `createTrainer`: a comlink endpoint, crash detection
 * (uncaught errors, exits, unreadable messages) and termination.
 * @example
 * createTrainer({ worker: () => nodeWorker(new Worker(new URL(import.meta.resolve("@nudge/runtime/node-worker")))) });
 */
export function nodeWorker(worker: NodeWorkerLike): WorkerConnection {
  let closing = false;
  let failed: string | undefined;
  let listener: ((detail: string) => void) | undefined;
  const fail = (detail: string) => {
    if (closing || failed !== undefined) return;
    failed = detail;
    listener?.(detail);
  };
  worker.on("error", ((e: Error) => fail(`uncaught error: ${e?.message ?? String(e)}`)) as never);
  worker.on("exit", ((code: number) => fail(`exited with code ${code}`)) as never);
  worker.on("messageerror", (() => fail("a message could not be read")) as never);
  return {
    endpoint: nodeEndpoint(worker),
    onFailure(next) {
      listener = next;
      if (failed !== undefined) next(failed);
    },
    terminate() {
      closing = true;
      void worker.terminate();
    },
  };
}

/**
 * `createTrainer` for Node: the same trainer, and a factory may return a `worker_threads` Worker as is.
 * @example
 * import { Worker } from "node:worker_threads";
 * const trainer = createTrainer({ worker: () => new Worker(new URL(import.meta.resolve("@nudge/runtime/node-worker"))) });
 */
export function createTrainer(options: NodeTrainerOptions): Trainer {
  const factory = options?.worker;
  const worker =
    typeof factory === "function"
      ? () => {
          const w = factory();
          return isNodeWorker(w) ? nodeWorker(w) : w;
        }
      : factory;
  return createBaseTrainer({ ...options, worker } as TrainerOptions);
}

export { nodeEndpoint };
export type { NodePortLike };
export type { Trainer, TrainerOptions, TrainerWorker, WorkerConnection };
