import { browserConfig } from "@nudge/vitest-config";
import { mergeConfig } from "vitest/config";
import viteConfig from "./vite.config";
export default mergeConfig(viteConfig, browserConfig({ test: { include: ["{src,test}/**/*.test.{ts,tsx}"] } }));
