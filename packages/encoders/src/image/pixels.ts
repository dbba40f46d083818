import { fail } from "../errors.js";

/** An RGBA pixel buffer, as `ImageData` or a decoded PNG gives it: 4 bytes per pixel, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

export function checkImage(image: RgbaImage, index: number): void {
  const ok = Number.isInteger(image.width) && Number.isInteger(image.height) && image.width > 0 && image.height > 0;
  const expected = ok ? image.width * image.height * 4 : 0;
  if (!ok || image.data.length !== expected) fail("IMAGE_BAD_BUFFER", { item: index + 1 }, image.data.length, expected);
}

/** Bilinear resampling with pixel centres aligned (half-pixel offsets), each channel as floats. */
export function resample(image: RgbaImage, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height * 4);
  const sx = image.width / width;
  const sy = image.height / height;
  const px = (x: number, y: number, ch: number) => image.data[(y * image.width + x) * 4 + ch] as number;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), image.height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, image.height - 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), image.width - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, image.width - 1);
      const tx = fx - x0;
      for (let ch = 0; ch < 4; ch++) {
        const top = px(x0, y0, ch) * (1 - tx) + px(x1, y0, ch) * tx;
        const bottom = px(x0, y1, ch) * (1 - tx) + px(x1, y1, ch) * tx;
        out[(y * width + x) * 4 + ch] = top * (1 - ty) + bottom * ty;
      }
    }
  }
  return out;
}

/**
 * Resizes an RGBA image with bilinear interpolation.
 *
 * @example
 * resizeImage({ width: 2, height: 1, data: [0, 0, 0, 255, 255, 255, 255, 255] }, 1, 1).data; // [128, 128, 128, 255]
 */
export function resizeImage(image: RgbaImage, width: number, height: number): RgbaImage & { data: Uint8ClampedArray } {
  checkImage(image, 0);
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    fail("BAD_OPTION", "size", { width, height }, "whole numbers ≥ 1");
  }
  return { width, height, data: Uint8ClampedArray.from(resample(image, width, height)) };
}

/** Luma of an RGB pixel (ITU-R BT.601 weights, as PIL's "L" mode). */
export function luma(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}
