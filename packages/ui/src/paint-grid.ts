import { divergingColour } from "./colour-scale.js";

/** A square grid of values over a 2-D input plane, row-major. */
export interface GridValues {
  /** Cells per side. */
  size: number;
  /** `size * size` values; row 0 is the bottom of the plane (smallest y) unless `topDown` is set. */
  values: ArrayLike<number>;
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
  const { size, values } = grid;
  if (!(size > 0) || values.length !== size * size) {
    throw new Error(`paintGrid: expected ${size}×${size} = ${size * size} values, got ${values.length}`);
  }
  const image = new ImageData(size, size);
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
  const scratch = document.createElement("canvas");
  scratch.width = size;
  scratch.height = size;
  scratch.getContext("2d")!.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(scratch, 0, 0, ctx.canvas.width, ctx.canvas.height);
}
