import { gridProblem, type GridValues } from "./paint-grid.js";

function parseColour(css: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /rgba?\((\d+)[ ,]+(\d+)[ ,]+(\d+)/.exec(css);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : [128, 128, 128];
}

/**
 * Paints a grid of predicted class indices, each cell in its class colour (hex or rgb CSS colours),
 * row 0 at the bottom unless `topDown`. Throws when the grid is malformed.
 */
export function paintClassGrid(
  ctx: CanvasRenderingContext2D,
  grid: GridValues,
  colours: readonly string[],
  topDown = false,
): void {
  const problem = gridProblem(grid);
  if (problem) throw new Error(`paintClassGrid: ${problem}`);
  const { size, values } = grid;
  const rgb = colours.map(parseColour);
  const scratch = document.createElement("canvas");
  scratch.width = size;
  scratch.height = size;
  const sctx = scratch.getContext("2d")!;
  const image = sctx.createImageData(size, size);
  for (let row = 0; row < size; row++) {
    const srcRow = topDown ? row : size - 1 - row;
    for (let col = 0; col < size; col++) {
      const k = Math.round(values[srcRow * size + col]!);
      const [r, g, b] = Number.isFinite(k) && k >= 0 ? rgb[k % rgb.length]! : [128, 128, 128];
      image.data.set([r, g, b, 255], (row * size + col) * 4);
    }
  }
  sctx.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratch, 0, 0, ctx.canvas.width, ctx.canvas.height);
}
