import { defineConfig } from "vitest/config";

// Long-running scripts (reproduce, bench) run through vitest so TypeScript and the "source"
// export condition work exactly as in the tests; they print tables and assert nothing about time.
export default defineConfig({
  resolve: { conditions: ["source", "module", "node", "development|production"] },
  ssr: {
    resolve: { conditions: ["source", "module", "node", "development|production"], externalConditions: ["source"] },
  },
  test: {
    environment: "node",
    include: ["scripts/**/*.run.ts", "bench/**/*.run.ts", "scratch/**/*.test.ts"],
    testTimeout: 3_600_000,
    reporters: ["default"],
    silent: false,
  },
});
