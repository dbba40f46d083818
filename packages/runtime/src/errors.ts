import type { Problem } from "./protocol.js";

/**
 * Every error and problem code @nudge/runtime reports, with its message template. Problems with a
 * document come from `@nudge/graph` (its codes); these are the worker's and the client's own.
 */
export const runtimeErrors = {
  WORKER_CRASHED: (detail: string) =>
    `The training worker stopped (${detail}). Your document and settings are kept: press Play or call restart() to start a new worker.`,
  WORKER_TIMEOUT: (what: string, ms: number) =>
    `The training worker did not answer ${what} within ${ms / 1000} s, so it was stopped. Your document and settings are kept: press Play or call restart() to start a new worker.`,
  WORKER_START: (detail: string) =>
    `The training worker could not start (${detail}). Check the worker factory passed to createTrainer.`,
  WORKER_MISSING: () =>
    'createTrainer needs a `worker` factory, e.g. () => new Worker(new URL("./train.worker.ts", import.meta.url), { type: "module" }).',
  NODE_WORKER: () =>
    'A worker_threads Worker needs the Node adapter: import createTrainer (or nodeWorker) from "@nudge/runtime/node" instead of "@nudge/runtime".',
  BAD_WORKER: (got: string) => `The worker factory returned ${got}, not a Worker, a MessagePort or nodeWorker(worker).`,
  DESTROYED: () => "This trainer was destroyed; create a new one with createTrainer().",
  NOT_LOADED: () => "No document is loaded: call load(doc) first.",
  NOT_LOADABLE: (first: string, more: number) =>
    `The last document could not be loaded (${first}${more > 0 ? ` and ${more} more problem${more > 1 ? "s" : ""}` : ""}); fix it and load it again.`,
  BAD_PARAM: (name: string, detail: string) => `Parameter "${name}" ${detail}.`,
  BAD_DATA: (detail: string) => `The data choice cannot be used: ${detail}.`,
  UNKNOWN_ID: (what: string, id: string) =>
    `There is no ${what} "${id}" with a trainable number (a wire into a neuron, a bias or a parameter).`,
  BAD_VALUE: (what: string, id: string) => `The new value for ${what} "${id}" must be a finite number.`,
  NOT_SUPPORTED: (what: string) => `${what} is not supported by the runtime yet.`,
  NON_FINITE: (detail: string, node: string, step: number) =>
    `Training diverged at step ${step}: ${detail} at node "${node}". Training paused; lower the learning rate or reset.`,
  INTERNAL: (detail: string) => `The worker hit an unexpected error: ${detail}.`,
} as const;

/** A runtime error code. */
export type RuntimeErrorCode = keyof typeof runtimeErrors;

/** An Error carrying a catalogue code (and the node it concerns, if any). */
export class RuntimeError extends Error {
  readonly code: RuntimeErrorCode;
  readonly nodeId?: string;
  constructor(code: RuntimeErrorCode, message: string, nodeId?: string) {
    super(message);
    this.name = "RuntimeError";
    this.code = code;
    if (nodeId !== undefined) this.nodeId = nodeId;
  }
}

/** Build a located problem from the catalogue. */
export function problem<C extends RuntimeErrorCode>(
  code: C,
  where: { nodeId?: string; edgeId?: string },
  ...args: Parameters<(typeof runtimeErrors)[C]>
): Problem {
  const make = runtimeErrors[code] as (...a: unknown[]) => string;
  return { code, message: make(...args), ...where };
}
