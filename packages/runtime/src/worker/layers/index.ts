export { loadLayerDoc, resetLayers } from "./layer-session.js";
export type { LayerLoaded } from "./layer-session.js";
export { runLayers } from "./layer-run.js";
export type { Stopper } from "./layer-run.js";
export { buildLayerSnapshot } from "./layer-snapshot.js";
export { ensureBackend } from "./backend.js";
