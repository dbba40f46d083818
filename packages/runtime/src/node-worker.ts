import { parentPort } from "node:worker_threads";
import { expose } from "comlink";
import { nodeEndpoint } from "./node/endpoint.js";
import { createWorkerApi } from "./worker/api.js";

if (!parentPort) throw new Error("@nudge/runtime/node-worker must run inside a worker_threads Worker.");
expose(createWorkerApi(), nodeEndpoint(parentPort));
