import { problem } from "../errors.js";
import type { TrainDoc } from "../protocol.js";
import type { Opened, SessionKind, SessionOptions } from "./session.js";
import { tapeSessions } from "./tape/tape-session.js";

/** Layer graphs on text (language models): their own session, loaded only when such a document arrives. */
const textSessions: SessionKind = {
  accepts: (doc) => doc?.mode === "layers" && doc.data?.kind === "text",
  async open(doc, options) {
    const text = await import("./text/text-sessions.js");
    return text.openTextSession(doc, options);
  },
};

/** Layer graphs train with @nudge/models on tfjs, loaded only when such a document arrives. */
const layerSessions: SessionKind = {
  accepts: (doc) => doc?.mode === "layers",
  async open(doc, options) {
    const layers = await import("./layers/layer-session.js");
    return layers.openLayerSession(doc, options);
  },
};

/** Every kind of session, asked in order; the first that accepts a document trains it. Register new kinds here. */
export const sessionKinds: readonly SessionKind[] = [textSessions, layerSessions, tapeSessions];

/** Open a session for a document with the first kind that accepts it, or say why it cannot train; never throws. */
export async function openSession(
  doc: TrainDoc,
  options: SessionOptions,
  kinds: readonly SessionKind[] = sessionKinds,
): Promise<Opened> {
  try {
    const kind = kinds.find((k) => k.accepts(doc));
    if (!kind)
      return {
        result: { ok: false, problems: [problem("NOT_SUPPORTED", {}, `Training a ${String(doc?.mode)} document`)] },
      };
    return await kind.open(doc, options);
  } catch (error) {
    return {
      result: {
        ok: false,
        problems: [problem("INTERNAL", {}, error instanceof Error ? error.message : String(error))],
      },
    };
  }
}
