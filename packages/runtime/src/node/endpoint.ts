import type { Endpoint } from "comlink";

/** What comlink needs from Node's event-emitter ports: a `worker_threads` Worker or MessagePort (or anything shaped like one). */
export interface NodePortLike {
  postMessage(message: unknown, transfer?: readonly unknown[]): void;
  on(event: string, listener: (value: unknown) => void): unknown;
  off(event: string, listener: (value: unknown) => void): unknown;
  start?: () => void;
}

type Handler = Parameters<Endpoint["addEventListener"]>[1];

/** A comlink endpoint over a Node port (the same adapter as comlink's `node-adapter`, typed, without a deep import). */
export function nodeEndpoint(port: NodePortLike): Endpoint {
  const listeners = new WeakMap<Handler, (data: unknown) => void>();
  return {
    postMessage: (message: unknown, transfer?: readonly unknown[]) => port.postMessage(message, transfer),
    addEventListener(_type: string, handler: Handler) {
      const listener = (data: unknown) => {
        const event = { data } as never;
        if ("handleEvent" in handler) handler.handleEvent(event);
        else handler(event);
      };
      port.on("message", listener);
      listeners.set(handler, listener);
    },
    removeEventListener(_type: string, handler: Handler) {
      const listener = listeners.get(handler);
      if (!listener) return;
      port.off("message", listener);
      listeners.delete(handler);
    },
    ...(port.start ? { start: () => port.start!() } : {}),
  };
}
