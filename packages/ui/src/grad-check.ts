/** How two gradients compare. */
export interface Agreement {
  relativeError: number;
  agree: boolean;
}

/**
 * Error `|a − b| / max(|a|, |b|, 1)`: relative for large gradients, absolute below 1 (so typing 0 for 3e-5 agrees),
 * and whether it is within `tolerance`.
 * @example compareGradients(138.8338, 138.83381924, 1e-3).agree // true
 */
export function compareGradients(a: number, b: number, tolerance: number): Agreement {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { relativeError: Infinity, agree: false };
  const relativeError = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1);
  return { relativeError, agree: relativeError <= tolerance };
}
