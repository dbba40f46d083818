// The training worker: @nudge/runtime's worker api. tfjs (for layer graphs) lives only here; its
// wasm binaries are served by Vite from the package so the wasm backend works offline.
import { configureTrainerBackend } from "@nudge/runtime/worker";
import wasm from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url";
import wasmSimd from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url";
import wasmThreaded from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url";

configureTrainerBackend({
  wasmPaths: {
    "tfjs-backend-wasm.wasm": wasm,
    "tfjs-backend-wasm-simd.wasm": wasmSimd,
    "tfjs-backend-wasm-threaded-simd.wasm": wasmThreaded,
  },
});
