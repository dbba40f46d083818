import { nodeConfig } from "@nudge/vitest-config";

// Long runs (reproduce) through vitest, so TypeScript and the "source" condition work as in the tests;
// run with a `scripts/` filter so only these files run. They print numbers and assert nothing about time.
export default nodeConfig({
  test: {
    include: ["scripts/**/*.run.ts"],
    testTimeout: 6 * 3_600_000,
    outputFile: { json: "test-results/reproduce.json" },
  },
});
