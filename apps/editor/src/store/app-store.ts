import { templates } from "../doc/graph-api";
import { createDocStore } from "./doc-store";

/** The first-run template: small enough to read at a glance, and it trains. */
export const firstTemplate = templates.find((t) => t.id === "moons-small") ?? templates[0]!;

/** The app's one document store. */
export const useDoc = createDocStore(firstTemplate.build());

export const undo = () => useDoc.temporal.getState().undo();
export const redo = () => useDoc.temporal.getState().redo();
export const clearHistory = () => useDoc.temporal.getState().clear();
