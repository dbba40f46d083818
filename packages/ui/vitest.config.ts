import react from "@vitejs/plugin-react";
import { browserConfig } from "@nudge/vitest-config";
export default browserConfig({ plugins: [react()] });
