import { nodeConfig } from "@nudge/vitest-config";

// Training tests run real steps on wasm; the machine is shared, so allow for slow minutes.
export default nodeConfig({ test: { testTimeout: 60_000 } });
