// The dependency direction of ARCHITECTURE.md as folder-scoped import bans.
// Each rule: files it applies to, and what they may not import (with the reason shown to the author).

const tf = { group: ["@tensorflow/*"], message: "tfjs runs only in @nudge/models, @nudge/runtime's worker and the editor's worker folder." };
const react = { group: ["react", "react-dom", "react/*", "react-dom/*", "@xyflow/*", "zustand", "zustand/*"], message: "React and the DOM live only in packages/ui and apps/*." };
const comlink = { group: ["comlink", "comlink/*"], message: "comlink is the worker seam: only @nudge/runtime and apps use it." };
const apps = { group: ["@nudge/editor", "@nudge/editor/*", "@nudge/storybook", "**/apps/**"], message: "Nothing in packages/ imports from apps/." };
const nudge = (...names) => ({
  group: names.flatMap((n) => [`@nudge/${n}`, `@nudge/${n}/*`]),
  message: "Packages import only downward (see ARCHITECTURE.md): this one sits above or beside yours.",
});

/** @type {{ files: string[], ignores?: string[], paths?: object[], patterns: object[], typeOnly?: object }[]} */
export const boundaries = [
  { files: ["packages/autograd/**"], patterns: [tf, react, comlink, apps, nudge("encoders", "datasets", "models", "graph", "runtime", "ui")] },
  { files: ["packages/encoders/**"], patterns: [tf, react, comlink, apps, nudge("autograd", "datasets", "models", "graph", "runtime", "ui")] },
  { files: ["packages/datasets/**"], patterns: [tf, react, comlink, apps, nudge("models", "graph", "runtime", "ui")] },
  { files: ["packages/models/**"], ignores: ["packages/models/src/spec/**"], patterns: [react, comlink, apps, nudge("graph", "runtime", "ui")] },
  { files: ["packages/models/src/spec/**"], patterns: [tf, react, comlink, apps, { regex: "^\\.\\./(?!spec/)", message: "@nudge/models/spec stays free of tfjs: import nothing from the rest of models." }, nudge("models", "graph", "runtime", "ui")] },
  { files: ["packages/graph/**"], paths: [{ name: "@nudge/models", message: "@nudge/graph uses @nudge/models/spec only (no tfjs)." }], patterns: [tf, react, comlink, apps, nudge("runtime", "ui")] },
  { files: ["packages/runtime/**"], ignores: ["packages/runtime/src/worker/**", "packages/runtime/test/**", "packages/runtime/bench/**"], patterns: [tf, react, apps, nudge("ui")] },
  { files: ["packages/runtime/src/worker/**"], patterns: [react, apps, nudge("ui")] },
  { files: ["packages/ui/**"], patterns: [tf, comlink, apps, nudge("models", "graph", "datasets", "encoders", "autograd")], typeOnly: nudge("runtime") },
  { files: ["apps/editor/**"], ignores: ["apps/editor/src/worker/**"], patterns: [tf] },
];
