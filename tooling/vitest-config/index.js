import { playwright } from "@vitest/browser-playwright";
import { defineConfig, mergeConfig } from "vitest/config";

/** Chromium flags that work as root with no network (see shared/TOOLCHAIN.md). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Timeouts only catch hangs (speed is measured in benchmarks): generous, for a busy 2-core CI machine.
const reports = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
  reporters: ["default", "json"],
  outputFile: { json: "test-results/vitest.json" },
};

// Sibling packages resolve to their src/ through the "source" export condition: no prebuild for tests.
const sourceFirst = {
  resolve: { conditions: ["source", "module", "browser", "development|production"] },
  ssr: {
    resolve: { conditions: ["source", "module", "node", "development|production"], externalConditions: ["source"] },
  },
};

/** Node preset: tests in `src/**` and `test/**`, JSON report for the CI summary. */
export function nodeConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      ...sourceFirst,
      test: { environment: "node", include: ["{src,test}/**/*.test.{ts,tsx}"], ...reports },
    }),
    overrides,
  );
}

/** A fresh browser block per project (vitest mutates `instances`). */
export function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
    instances: [{ browser: "chromium" }],
  };
}

/** Browser preset: tests run in headless Debian chromium through playwright-core. */
export function browserConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      ...sourceFirst,
      test: { include: ["{src,test}/**/*.test.{ts,tsx}"], browser: chromiumBrowser(), ...reports },
    }),
    overrides,
  );
}
