import { fail } from "../errors.js";
import { checkImage, luma, resample, type RgbaImage } from "./pixels.js";

/** Options of {@link encodeImages}. */
export interface ImageOptions {
  /** "nhwc" (channels last, tfjs; default) or "nchw" (channels first, PyTorch). */
  layout?: "nhwc" | "nchw";
  /** "rgb" (default), "grayscale" (one channel) or "rgba". */
  channels?: "rgb" | "grayscale" | "rgba";
  /** Resize every image to this size first; required when sizes differ. */
  size?: { width: number; height: number };
  /** "unit": [0, 1] (default); "symmetric": [-1, 1]; "none": 0–255; or per-channel mean/std on the [0, 1] scale. */
  normalize?: "unit" | "symmetric" | "none" | { mean: number[]; std: number[] };
}

/** Images as one tensor. */
export interface EncodedImages {
  data: Float32Array;
  /** `[n, h, w, c]` or `[n, c, h, w]`, per `layout`. */
  shape: [number, number, number, number];
  layout: "nhwc" | "nchw";
  channels: string[];
}

const channelNames = { rgb: ["red", "green", "blue"], grayscale: ["gray"], rgba: ["red", "green", "blue", "alpha"] };

export function scaler(
  normalize: ImageOptions["normalize"],
  c: number,
): { to: (v: number, ch: number) => number; from: (v: number, ch: number) => number } {
  const n = normalize ?? "unit";
  if (n === "unit") return { to: (v) => v / 255, from: (v) => v * 255 };
  if (n === "symmetric") return { to: (v) => v / 127.5 - 1, from: (v) => (v + 1) * 127.5 };
  if (n === "none") return { to: (v) => v, from: (v) => v };
  if (typeof n !== "object" || n.mean?.length !== c || n.std?.length !== c || n.std.some((s) => !(s > 0))) {
    return fail(
      "BAD_OPTION",
      "normalize",
      n,
      `"unit", "symmetric", "none" or { mean, std } with ${c} numbers each (std > 0)`,
    );
  }
  return {
    to: (v, ch) => (v / 255 - (n.mean[ch] as number)) / (n.std[ch] as number),
    from: (v, ch) => (v * (n.std[ch] as number) + (n.mean[ch] as number)) * 255,
  };
}

/**
 * Turns RGBA pixel buffers into one `[n, h, w, c]` (or `[n, c, h, w]`) tensor.
 *
 * @example
 * const leaf = { width: 2, height: 2, data: new Uint8ClampedArray(16).fill(255) };
 * encodeImages([leaf], { layout: "nchw", channels: "grayscale" }).shape; // [1, 1, 2, 2]
 */
export function encodeImages(images: readonly RgbaImage[], options: ImageOptions = {}): EncodedImages {
  if (images.length === 0) fail("EMPTY_INPUT", "the list of images");
  images.forEach(checkImage);
  const first = images[0] as RgbaImage;
  const w = options.size?.width ?? first.width;
  const h = options.size?.height ?? first.height;
  if (!Number.isInteger(w) || !Number.isInteger(h) || w < 1 || h < 1)
    fail("BAD_OPTION", "size", options.size, "whole numbers ≥ 1");
  const mode = options.channels ?? "rgb";
  const names = channelNames[mode];
  if (!names) return fail("BAD_OPTION", "channels", mode, `"rgb", "grayscale" or "rgba"`);
  const layout = options.layout ?? "nhwc";
  if (layout !== "nhwc" && layout !== "nchw") fail("BAD_OPTION", "layout", layout, `"nhwc" or "nchw"`);
  const c = names.length;
  const scale = scaler(options.normalize, c);
  const data = new Float32Array(images.length * h * w * c);
  images.forEach((image, n) => {
    if (!options.size && (image.width !== w || image.height !== h)) {
      fail("IMAGE_SIZE_MISMATCH", { item: n + 1 }, `${image.width}×${image.height}`, `${w}×${h}`);
    }
    const px = options.size ? resample(image, w, h) : image.data;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const p = (y * w + x) * 4;
        const rgba = [px[p], px[p + 1], px[p + 2], px[p + 3]] as number[];
        const values = mode === "grayscale" ? [luma(rgba[0]!, rgba[1]!, rgba[2]!)] : rgba.slice(0, c);
        values.forEach((v, ch) => {
          const at = layout === "nhwc" ? ((n * h + y) * w + x) * c + ch : ((n * c + ch) * h + y) * w + x;
          data[at] = scale.to(v, ch);
        });
      }
    }
  });
  const shape: [number, number, number, number] =
    layout === "nhwc" ? [images.length, h, w, c] : [images.length, c, h, w];
  return { data, shape, layout, channels: names.slice() };
}

/** Turns image `index` of an encoded tensor back into RGBA bytes (gray repeats in R, G, B; alpha 255 when absent). */
export function decodeImage(
  encoded: EncodedImages,
  index: number,
  options: Pick<ImageOptions, "normalize"> = {},
): RgbaImage & { data: Uint8ClampedArray } {
  const { layout, shape } = encoded;
  const [h, w, c] = layout === "nhwc" ? [shape[1], shape[2], shape[3]] : [shape[2], shape[3], shape[1]];
  if (!Number.isInteger(index) || index < 0 || index >= shape[0])
    fail("BAD_OPTION", "index", index, `0 to ${shape[0] - 1}`);
  const scale = scaler(options.normalize, c);
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const get = (ch: number) => {
        const at = layout === "nhwc" ? ((index * h + y) * w + x) * c + ch : ((index * c + ch) * h + y) * w + x;
        return Math.round(scale.from(encoded.data[at] as number, ch));
      };
      const p = (y * w + x) * 4;
      const rgba = c === 1 ? [get(0), get(0), get(0), 255] : [get(0), get(1), get(2), c === 4 ? get(3) : 255];
      out.set(rgba, p);
    }
  }
  return { width: w, height: h, data: out };
}
