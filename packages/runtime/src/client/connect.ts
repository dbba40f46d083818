import type { Endpoint } from "comlink";
import { isClosingNotice } from "../closing.js";
import { RuntimeError, runtimeErrors } from "../errors.js";

/** A browser `Worker` (or anything shaped like one). */
export interface BrowserWorkerLike extends Endpoint {
  terminate(): void;
}

/** A started worker: its comlink endpoint, a way to hear that it died, and a way to stop it. */
export interface WorkerConnection {
  endpoint: Endpoint;
  /** Called once if the worker crashes or exits on its own (not after `terminate`). */
  onFailure(listener: (detail: string) => void): void;
  terminate(): void;
}

/**
 * What a `worker` factory may return: a browser Worker, a bare endpoint such as a MessagePort, or an
 * already adapted worker (`nodeWorker(worker)` from `@nudge/runtime/node`).
 */
export type TrainerWorker = BrowserWorkerLike | Endpoint | WorkerConnection;

/** Internal name of an adapted worker. */
export type Connection = WorkerConnection;

const isConnection = (w: TrainerWorker): w is WorkerConnection =>
  typeof (w as WorkerConnection).onFailure === "function" && typeof (w as WorkerConnection).endpoint === "object";
const isBrowserWorker = (w: TrainerWorker): w is BrowserWorkerLike =>
  typeof (w as BrowserWorkerLike).terminate === "function";
/** A Node event-emitter worker handed to the browser entry: refused with a pointer to `@nudge/runtime/node`. */
const isNodeShaped = (w: object): boolean =>
  typeof (w as { on?: unknown }).on === "function" && !("addEventListener" in w);

/** Adapt whatever the factory returned to a comlink endpoint plus failure detection. */
export function connect(worker: TrainerWorker): Connection {
  if (typeof worker !== "object" || worker === null)
    throw new RuntimeError("BAD_WORKER", runtimeErrors.BAD_WORKER(String(worker)));
  if (isConnection(worker)) return worker;
  if (isNodeShaped(worker)) throw new RuntimeError("NODE_WORKER", runtimeErrors.NODE_WORKER());
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
  if (isBrowserWorker(worker)) {
    worker.addEventListener("error", ((e: { message?: string; preventDefault?: () => void }) => {
      e?.preventDefault?.();
      fail(`uncaught error: ${e?.message || "unknown (see the worker's console)"}`);
    }) as never);
    worker.addEventListener("messageerror", (() => fail("a message could not be read")) as never);
    worker.addEventListener("message", ((e: { data?: unknown }) => {
      if (isClosingNotice(e?.data)) fail("it closed itself");
    }) as never);
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
  port.addEventListener("close", (() => fail("its message port was closed")) as never);
  return {
    endpoint: port,
    onFailure,
    terminate() {
      closing = true;
      port.close?.();
    },
  };
}
