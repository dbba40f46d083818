import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MessagePort } from "node:worker_threads";
import { expose, type Endpoint } from "comlink";
import { createWorkerApi } from "../src/worker/api.js";

/** A worker factory for an in-process worker over a MessageChannel (as comlink's same-window tests). */
export function inProcessWorker(): { worker: () => Endpoint; lastWorkerEnd(): MessagePort; disposeAll(): void } {
  const disposers: (() => void)[] = [];
  let last: MessagePort | undefined;
  return {
    worker() {
      const { port1, port2 } = new MessageChannel();
      last = port2;
      const api = createWorkerApi();
      expose(api, port2 as unknown as Endpoint);
      disposers.push(() => {
        api.dispose();
        port2.close();
      });
      return port1 as unknown as Endpoint;
    },
    lastWorkerEnd: () => last!,
    disposeAll: () => disposers.splice(0).forEach((d) => d()),
  };
}

/** Resolve after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The built Node worker (dist/node-worker.js); start it with `execArgv: []` (no vitest `--conditions source`). */
export const builtWorkerUrl = new URL("../dist/node-worker.js", import.meta.url);

/** Fail clearly when dist/ is older than src/ (turbo builds first; a bare `vitest run` may not). */
export function assertBuilt(): void {
  const built = statSync(fileURLToPath(builtWorkerUrl), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const src = fileURLToPath(new URL("../src", import.meta.url));
  const newest = readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .reduce((m, f) => Math.max(m, statSync(join(src, f)).mtimeMs), 0);
  if (built < newest)
    throw new Error("dist/ is missing or older than src/: run `pnpm --filter @nudge/runtime build` first.");
}
