import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { chromiumBrowser } from "@nudge/vitest-config";
import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { conditions: ["source", "module", "browser", "development|production"] },
  // Pre-bundle what the stories import through @nudge/ui's source, so the first run never reloads mid-test.
  optimizeDeps: { include: ["@nudge/ui > uplot"] },
  plugins: [storybookTest({ configDir: fileURLToPath(new URL(".storybook", import.meta.url)) })],
  test: {
    name: "storybook",
    browser: chromiumBrowser(),
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
