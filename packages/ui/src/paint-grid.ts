import { divergingColour } from "./colour-scale.js";

/** A square grid of values over a 2-D input plane, row-major. */
export interface GridValues {
  /** Cells per side. */
  size: number;
  /** `size * size` values; row 0 is the bottom of the plane (smallest y) unless `topDown` is set. */
  values: ArrayLike<number>;
}

// One reusable off-screen canvas: painting many small maps per snapshot allocates nothing new.
let scratchCanvas: HTMLCanvasElement | undefined;

/** Why a grid cannot be painted (wrong number of values, bad size), or `undefined` when it can. */
export function gridProblem(grid: GridValues): string | undefined {
  const { size, values } = grid;
  if (!Number.isInteger(size) || size <= 0) return `grid size must be a positive whole number, got ${size}`;
  if (values.length !== size * size) return `expected ${size}×${size} = ${size * size} values, got ${values.length}`;
  return undefined;
}

/**
 * Paints a grid onto a canvas with the diverging scale, stretched to the canvas with smoothing.
 * Throws when `values.length` is not `size * size`.
 */
export function paintGrid(
  ctx: CanvasRenderingContext2D,
  grid: GridValues,
  domain: readonly [number, number],
  topDown = false,
): void {
  const problem = gridProblem(grid);
  if (problem) throw new Error(`paintGrid: ${problem}`);
  scratchCanvas ??= document.createElement("canvas");
  const scratch = scratchCanvas;
  const { size, values } = grid;
  if (scratch.width !== size || scratch.height !== size) {
    scratch.width = size;
    scratch.height = size;
  }
  const sctx = scratch.getContext("2d")!;
  const image = sctx.createImageData(size, size);
  for (let row = 0; row < size; row++) {
    const srcRow = topDown ? row : size - 1 - row;
    for (let col = 0; col < size; col++) {
      const [r, g, b] = divergingColour(values[srcRow * size + col]!, domain);
      const o = (row * size + col) * 4;
      image.data[o] = r;
      image.data[o + 1] = g;
      image.data[o + 2] = b;
      image.data[o + 3] = 255;
    }
  }
  sctx.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(scratch, 0, 0, ctx.canvas.width, ctx.canvas.height);
}
