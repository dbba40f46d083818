import { selectBackend } from "../src/backend/select-backend.js";

/** Every tfjs test runs on wasm, the default backend (and the one without a gather gradient). */
export async function useWasm(): Promise<void> {
  const report = await selectBackend({ prefer: ["wasm"] });
  if (report.name !== "wasm") throw new Error("wasm backend did not start");
}
