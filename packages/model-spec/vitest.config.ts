import { nodeConfig } from "@nudge/vitest-config";
export default nodeConfig();
