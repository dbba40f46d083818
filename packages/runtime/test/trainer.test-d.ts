import type { GraphDoc } from "@nudge/graph";
import { expectTypeOf } from "vitest";
import type { LoadResult, OpCursor, Resume, Snapshot, Trainer, TrainerOptions, WorkerApi } from "../src/index.js";

// The worker client's contract with the editor, checked by `tsc` (pnpm typecheck).
expectTypeOf<Trainer["load"]>().parameter(0).toEqualTypeOf<GraphDoc>();
expectTypeOf<Trainer["load"]>().parameter(1).toEqualTypeOf<Resume | undefined>();
expectTypeOf<Trainer["load"]>().returns.toEqualTypeOf<Promise<LoadResult>>();
expectTypeOf<Trainer["step"]>().returns.toEqualTypeOf<Promise<Snapshot | undefined>>();
expectTypeOf<Trainer["stepOp"]>().parameter(0).toEqualTypeOf<"forward" | "back">();
expectTypeOf<Trainer["stepOp"]>().returns.toEqualTypeOf<Promise<OpCursor | undefined>>();
expectTypeOf<Trainer["subscribe"]>().returns.toEqualTypeOf<() => void>();
expectTypeOf<Snapshot["boundary"]>().toEqualTypeOf<
  | {
      size: number;
      dims: 1 | 2;
      kind: "score" | "class";
      xRange: [number, number];
      yRange: [number, number];
      values: Float32Array;
    }
  | undefined
>();
expectTypeOf<Snapshot["nodes"][string]["value"]>().toEqualTypeOf<number | null>();
expectTypeOf<Snapshot["params"]>().toEqualTypeOf<Float64Array>();
expectTypeOf<TrainerOptions["worker"]>().returns.not.toBeAny();
// Every verb of the trainer exists on the worker api (destroy/subscribe/getSnapshot/restart are client-side).
expectTypeOf<keyof WorkerApi>().toEqualTypeOf<
  | "load"
  | "play"
  | "pause"
  | "step"
  | "stepOp"
  | "reset"
  | "update"
  | "subscribe"
  | "setParams"
  | "fitGlm"
  | "findLearningRate"
>();
