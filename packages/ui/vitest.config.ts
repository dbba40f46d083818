import react from "@vitejs/plugin-react";
import { browserConfig } from "@nudge/vitest-config";
// uplot is pre-bundled up front so the first browser run never reloads mid-test.
export default browserConfig({ plugins: [react()], optimizeDeps: { include: ["uplot"] } });
