import { transferHandlers, type TransferHandler } from "comlink";
import { RuntimeError } from "../errors.js";

/** Let thrown RuntimeErrors keep their `code` and `nodeId` across comlink (its handler sends only name, message and stack). */
export function keepErrorCodes(): void {
  const base = transferHandlers.get("throw") as
    TransferHandler<{ value: unknown }, { isError: boolean; value: Record<string, unknown> }> | undefined;
  if (!base || (base as { keepsCodes?: boolean }).keepsCodes) return;
  const handler = {
    keepsCodes: true,
    canHandle: base.canHandle,
    deserialize: base.deserialize,
    serialize(thrown: { value: unknown }): ReturnType<typeof base.serialize> {
      const [wire, transfer] = base.serialize(thrown);
      const error = thrown.value;
      if (error instanceof RuntimeError && wire.isError)
        wire.value = { ...wire.value, code: error.code, ...(error.nodeId ? { nodeId: error.nodeId } : {}) };
      return [wire, transfer];
    },
  };
  transferHandlers.set("throw", handler as TransferHandler<unknown, unknown>);
}
