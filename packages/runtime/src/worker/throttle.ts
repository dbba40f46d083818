/** Run `callback` after pending events: setImmediate in Node, a MessageChannel task in browsers (no 4 ms clamp). */
export function createYield(): { next(callback: () => void): void; dispose(): void } {
  const immediate = (globalThis as { setImmediate?: (cb: () => void) => unknown }).setImmediate;
  if (immediate) return { next: (cb) => void immediate(cb), dispose: () => {} };
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => queue.shift()?.();
  return {
    next(cb) {
      queue.push(cb);
      channel.port2.postMessage(0);
    },
    dispose: () => channel.port1.close(),
  };
}

/**
 * Sends at most one message per `1000 / rate()` ms and never more than one in flight: a request
 * while waiting or in flight only marks the state dirty, so the latest state goes out next.
 */
export function createThrottle(
  send: () => Promise<unknown> | void,
  rate: () => number,
  now: () => number,
  ready: () => boolean = () => true,
) {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight = false;
  let dirty = false;
  let disposed = false;

  const fire = () => {
    timer = undefined;
    if (!dirty || disposed || !ready()) return;
    dirty = false;
    last = now();
    inflight = true;
    let result: Promise<unknown> | void;
    try {
      result = send();
    } catch {
      result = undefined;
    }
    Promise.resolve(result)
      .catch(() => undefined)
      .finally(() => {
        inflight = false;
        if (dirty) request();
      });
  };

  function request(): void {
    if (disposed || !ready()) return;
    dirty = true;
    if (timer !== undefined || inflight) return;
    const wait = last + 1000 / rate() - now();
    if (wait <= 0) fire();
    else timer = setTimeout(fire, wait);
  }

  return {
    request,
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
