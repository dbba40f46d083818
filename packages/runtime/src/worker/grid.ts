/**
 * Cell centres over the input plane, row-major: for 2-D inputs `size × size` points (rows go up in y,
 * columns in x); for 1-D inputs `size` points over xRange.
 */
export function gridPoints(
  size: number,
  dim: number,
  xRange: [number, number],
  yRange: [number, number],
): Float32Array {
  const rows = dim === 2 ? size : 1;
  const out = new Float32Array(size * rows * dim);
  const at = (r: [number, number], i: number) => r[0] + ((r[1] - r[0]) * (i + 0.5)) / size;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < size; x++) {
      const p = (y * size + x) * dim;
      out[p] = at(xRange, x);
      if (dim === 2) out[p + 1] = at(yRange, y);
    }
  }
  return out;
}
