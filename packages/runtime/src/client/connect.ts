import type { Endpoint } from "comlink";
import nodeEndpoint from "comlink/dist/esm/node-adapter.mjs";

/** A browser `Worker` (or anything shaped like one). */
export interface BrowserWorkerLike extends Endpoint {
  terminate(): void;
}

/** A Node `worker_threads.Worker` (or anything shaped like one). */
export interface NodeWorkerLike {
  postMessage(message: unknown, transfer?: readonly unknown[]): void;
  on(event: string, listener: (...args: never[]) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
  terminate(): unknown;
}

/** What a `worker` factory may return: a browser Worker, a Node Worker, or a bare endpoint such as a MessagePort. */
export type TrainerWorker = BrowserWorkerLike | NodeWorkerLike | Endpoint;

/** A started worker: its comlink endpoint, a way to hear that it died, and a way to stop it. */
export interface Connection {
  endpoint: Endpoint;
  /** Called once if the worker crashes or exits on its own. */
  onFailure(listener: (detail: string) => void): void;
  terminate(): void;
}

const isNodeWorker = (w: TrainerWorker): w is NodeWorkerLike =>
  typeof (w as NodeWorkerLike).on === "function" && typeof (w as NodeWorkerLike).terminate === "function" && !("addEventListener" in w);
const isBrowserWorker = (w: TrainerWorker): w is BrowserWorkerLike => typeof (w as BrowserWorkerLike).terminate === "function";

/** Adapt whatever the factory returned to a comlink endpoint plus failure detection. */
export function connect(worker: TrainerWorker): Connection {
  let closing = false;
  let failureListener: ((detail: string) => void) | undefined;
  let failed: string | undefined;
  const fail = (detail: string) => {
    if (closing || failed !== undefined) return;
    failed = detail;
    failureListener?.(detail);
  };
  const onFailure = (listener: (detail: string) => void) => {
    failureListener = listener;
    if (failed !== undefined) listener(failed);
  };
  if (isNodeWorker(worker)) {
    worker.on("error", ((e: Error) => fail(`uncaught error: ${e?.message ?? String(e)}`)) as never);
    worker.on("exit", ((code: number) => fail(`exited with code ${code}`)) as never);
    worker.on("messageerror", (() => fail("a message could not be read")) as never);
    return {
      endpoint: nodeEndpoint(worker as never),
      onFailure,
      terminate() {
        closing = true;
        void worker.terminate();
      },
    };
  }
  if (isBrowserWorker(worker)) {
    worker.addEventListener("error", ((e: { message?: string; preventDefault?: () => void }) => {
      e?.preventDefault?.();
      fail(`uncaught error: ${e?.message || "unknown (see the worker's console)"}`);
    }) as never);
    worker.addEventListener("messageerror", (() => fail("a message could not be read")) as never);
    return {
      endpoint: worker,
      onFailure,
      terminate() {
        closing = true;
        worker.terminate();
      },
    };
  }
  const port = worker as Endpoint & { close?: () => void };
  return {
    endpoint: port,
    onFailure,
    terminate() {
      closing = true;
      port.close?.();
    },
  };
}
