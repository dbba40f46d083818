import { builtinModules } from "node:module";
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { boundaries } from "./boundaries.js";

const boundaryConfigs = boundaries.map(({ files, ignores, paths = [], patterns, typeOnly }) => ({
  files: files.map((f) => f.replace(/\/\*\*$/, "/**/*.{js,mjs,cjs,ts,tsx,mts,cts}")),
  ...(ignores ? { ignores } : {}),
  rules: {
    "no-restricted-imports": "off",
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        paths,
        patterns: [
          ...patterns,
          ...(typeOnly
            ? [{ ...typeOnly, allowTypeImports: true, message: "Import types only from here (import type)." }]
            : []),
        ],
      },
    ],
  },
}));

/** Packages whose library code must run in a browser or worker bundle. */
const portable = ["autograd", "encoders", "datasets", "model-spec", "graph"];
const nodeBuiltins = ["node:*", ...builtinModules.flatMap((m) => [m, `${m}/*`])];

/** The Nudge flat config: recommended JS + TS rules and the package boundaries. */
export const nudge = tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/storybook-static/**",
      "**/node_modules/**",
      "**/.turbo/**",
      "**/e2e-artifacts/**",
      "**/test-results/**",
      "**/test/fixtures/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022, ...globals.node, ...globals.browser, ...globals.worker } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // React lives only in ui and apps: the hooks rules (and the React Compiler's checks) apply there.
    files: ["packages/ui/**/*.{ts,tsx}", "apps/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
    rules: { ...reactHooks.configs.flat["recommended-latest"].rules, "react-hooks/exhaustive-deps": "error" },
  },
  ...boundaryConfigs,
  {
    // These libraries run in browsers and workers: no Node built-ins at run time (their tests may use them).
    files: portable.map((name) => `packages/${name}/src/**/*.ts`),
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: nodeBuiltins, message: "This library runs in browsers and workers: no Node built-ins." }],
        },
      ],
      "no-restricted-globals": ["error", "process", "require", "Buffer", "__dirname", "__filename"],
    },
  },
);

export default nudge;
