import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// "source" makes the workspace packages resolve to their src/: no prebuild for dev or tests.
const conditions = ["source", "module", "browser", "development|production"];

export default defineConfig({
  plugins: [react()],
  resolve: { conditions },
  worker: { format: "es" },
  server: { port: 5173 },
  build: { chunkSizeWarningLimit: 2000 },
});
