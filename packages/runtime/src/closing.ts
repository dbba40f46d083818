/**
 * The message a browser training worker posts just before it closes itself (`self.close()` fires no
 * event on the main thread), so the trainer can report the loss through `onCrash` and restart.
 */
export const closingNotice = { nudgeWorker: "closing" } as const;

/** True for the closing notice (comlink ignores it: it carries no call id). */
export function isClosingNotice(data: unknown): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { nudgeWorker?: unknown }).nudgeWorker === closingNotice.nudgeWorker
  );
}

/** Make `scope.close()` post the closing notice first (a worker global, or anything shaped like one). */
export function announceClose(scope: { close?: () => void; postMessage?: (message: unknown) => void }): void {
  const close = scope.close;
  const post = scope.postMessage;
  if (typeof close !== "function" || typeof post !== "function") return;
  scope.close = () => {
    post.call(scope, closingNotice);
    close.call(scope);
  };
}
