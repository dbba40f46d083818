import { selectBackend, type BackendOptions, type BackendReport } from "@nudge/models";
import { backendOptions } from "../backend-options.js";

let ready: Promise<BackendReport> | undefined;

/** Start a tfjs backend once, as configured (see `configureTrainerBackend`). */
export function ensureBackend(): Promise<BackendReport> {
  ready ??= selectBackend(backendOptions() as BackendOptions);
  return ready;
}
