import { expose, type Endpoint } from "comlink";
import { createWorkerApi } from "../src/worker/api.js";

/** A worker factory for an in-process worker over a MessageChannel (as comlink's same-window tests). */
export function inProcessWorker(): { worker: () => Endpoint; disposeAll(): void } {
  const disposers: (() => void)[] = [];
  return {
    worker() {
      const { port1, port2 } = new MessageChannel();
      const api = createWorkerApi();
      expose(api, port2 as unknown as Endpoint);
      disposers.push(() => {
        api.dispose();
        port2.close();
      });
      return port1 as unknown as Endpoint;
    },
    disposeAll: () => disposers.splice(0).forEach((d) => d()),
  };
}

/** Resolve after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
