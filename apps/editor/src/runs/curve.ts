import { boundCurve, type RunCurve } from "@nudge/graph";
import type { CurvePoint } from "../training/training-store";

type Column = "testLoss" | "trainAccuracy" | "testAccuracy";
const COLUMNS: readonly Column[] = ["testLoss", "trainAccuracy", "testAccuracy"];

/** Six significant digits are more than a chart shows, and keep a saved run small. */
const kept = (v: number | undefined): number | null =>
  v !== undefined && Number.isFinite(v) ? Number(v.toPrecision(6)) : null;

/** Curve points (as the training store holds them) as a run record's bounded columns. */
export function curveOf(points: readonly CurvePoint[]): RunCurve {
  const curve: RunCurve = { step: points.map((p) => p.step), loss: points.map((p) => kept(p.loss)) };
  for (const key of COLUMNS) if (points.some((p) => p[key] !== undefined)) curve[key] = points.map((p) => kept(p[key]));
  return boundCurve(curve);
}

/** A run record's curve as points for the training store (a reloaded run's curve comes back from its record). */
export function pointsOf(curve: RunCurve): CurvePoint[] {
  const value = (v: number | null | undefined) => (v === null ? Number.NaN : v);
  return curve.step.map((step, i) => {
    const point: CurvePoint = { step, loss: value(curve.loss[i]) ?? Number.NaN };
    for (const key of COLUMNS) if (curve[key]) point[key] = value(curve[key][i]);
    return point;
  });
}
