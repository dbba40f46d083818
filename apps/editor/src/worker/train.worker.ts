// The training worker: @nudge/runtime's worker api (tfjs and the scalar engine live only here).
import "@nudge/runtime/worker";
