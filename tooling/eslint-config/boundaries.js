// The dependency direction of ARCHITECTURE.md as folder-scoped import bans.
// Each rule: files it applies to, and what they may not import (with the reason shown to the author).

const tf = {
  group: ["@tensorflow/*"],
  message: "tfjs runs only in @nudge/models, @nudge/runtime's worker and the editor's worker folder.",
};
const react = {
  group: ["react", "react-dom", "react/*", "react-dom/*", "@xyflow/*", "zustand", "zustand/*"],
  message: "React and the DOM live only in packages/ui and apps/*.",
};
const comlink = {
  group: ["comlink", "comlink/*"],
  message: "comlink is the worker seam: only @nudge/runtime and apps use it.",
};
const apps = {
  group: ["@nudge/editor", "@nudge/editor/*", "@nudge/storybook", "**/apps/**"],
  message: "Nothing in packages/ imports from apps/.",
};
const nudge = (...names) => ({
  group: names.flatMap((n) => [`@nudge/${n}`, `@nudge/${n}/*`]),
  message: "Packages import only downward (see ARCHITECTURE.md): this one sits above or beside yours.",
});

const models = (message) => ({ group: ["@nudge/models", "@nudge/models/*"], message });
// @nudge/models/bigram loads no tfjs (its files are held to that below), so the editor may count and sample with it.
const modelsButBigram = (message) => ({ regex: "^@nudge/models(?!/bigram$)(/.*)?$", message });
// The editor's main thread paints and must stay responsive: tfjs and Node-only code stay out of it.
const editorMainThread = [
  modelsButBigram(
    "@nudge/models loads tfjs, which runs only in the training worker (apps/editor/src/worker): ask @nudge/graph or @nudge/model-spec instead (@nudge/models/bigram has no tfjs).",
  ),
  {
    group: ["@nudge/runtime/worker"],
    message:
      "@nudge/runtime/worker is the training worker's entry and loads tfjs: import it only in apps/editor/src/worker; the main thread uses createTrainer from @nudge/runtime.",
  },
  {
    group: ["@nudge/runtime/node*"],
    message:
      "@nudge/runtime/node* runs on Node's worker_threads, not in a browser: the editor uses createTrainer from @nudge/runtime.",
  },
];

/** @type {{ files: string[], ignores?: string[], paths?: object[], patterns: object[], typeOnly?: object }[]} */
export const boundaries = [
  {
    files: ["packages/autograd/**"],
    patterns: [
      tf,
      react,
      comlink,
      apps,
      nudge("encoders", "datasets", "model-spec", "models", "graph", "runtime", "ui"),
    ],
  },
  {
    files: ["packages/encoders/**"],
    patterns: [
      tf,
      react,
      comlink,
      apps,
      nudge("autograd", "datasets", "model-spec", "models", "graph", "runtime", "ui"),
    ],
  },
  {
    files: ["packages/datasets/**"],
    patterns: [tf, react, comlink, apps, nudge("model-spec", "models", "graph", "runtime", "ui")],
  },
  {
    files: ["packages/model-spec/**"],
    patterns: [tf, react, comlink, apps, nudge("autograd", "models", "graph", "runtime", "ui")],
  },
  { files: ["packages/models/**"], patterns: [react, comlink, apps, nudge("graph", "runtime", "ui")] },
  {
    // @nudge/models/bigram runs on the editor's main thread: its entry and every module it imports stay tfjs-free.
    files: [
      "packages/models/src/bigram.ts",
      "packages/models/src/language/bigram-table.ts",
      "packages/models/src/language/text.ts",
      "packages/models/src/errors.ts",
    ],
    patterns: [
      {
        group: ["@tensorflow/*", "../core/*", "./core/*"],
        message:
          "@nudge/models/bigram is imported by the editor's main thread: no tfjs here, directly or through core/.",
      },
      react,
      comlink,
      apps,
      nudge("graph", "runtime", "ui"),
    ],
  },
  {
    files: ["packages/graph/**"],
    patterns: [
      tf,
      react,
      comlink,
      apps,
      models("@nudge/graph installs without tfjs: take ModelSpec and validateModelSpec from @nudge/model-spec."),
      nudge("runtime", "ui"),
    ],
  },
  {
    files: ["packages/runtime/**"],
    ignores: ["packages/runtime/src/worker/**", "packages/runtime/test/**", "packages/runtime/bench/**"],
    patterns: [tf, react, apps, nudge("ui")],
  },
  { files: ["packages/runtime/src/worker/**"], patterns: [react, apps, nudge("ui")] },
  {
    files: ["packages/ui/**"],
    patterns: [tf, comlink, apps, nudge("models", "graph", "datasets", "encoders", "autograd")],
    typeOnly: nudge("runtime"),
  },
  { files: ["apps/editor/**"], ignores: ["apps/editor/src/**", "apps/editor/test/**"], patterns: [tf] },
  {
    files: ["apps/editor/src/**", "apps/editor/test/**"],
    ignores: ["apps/editor/src/worker/**"],
    patterns: [tf, ...editorMainThread],
  },
];
