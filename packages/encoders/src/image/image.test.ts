import { describe, expect, it } from "vitest";
import { decodeImage, encodeImages } from "./encode-images.js";
import { resizeImage } from "./pixels.js";

// 2×1 image: a red pixel then a half-transparent white one.
const img = { width: 2, height: 1, data: Uint8ClampedArray.from([255, 0, 0, 255, 255, 255, 255, 128]) };

describe("encodeImages", () => {
  it("NHWC rgb in [0, 1]", () => {
    const e = encodeImages([img]);
    expect(e.shape).toEqual([1, 1, 2, 3]);
    expect(Array.from(e.data)).toEqual([1, 0, 0, 1, 1, 1]);
  });

  it("NCHW puts each channel's plane together", () => {
    const e = encodeImages([img], { layout: "nchw" });
    expect(e.shape).toEqual([1, 3, 1, 2]);
    expect(Array.from(e.data)).toEqual([1, 1, 0, 1, 0, 1]);
  });

  it("grayscale uses BT.601 luma (red → 0.299), rgba keeps alpha, symmetric maps to [-1, 1]", () => {
    const g = encodeImages([img], { channels: "grayscale" });
    expect(g.shape).toEqual([1, 1, 2, 1]);
    expect(g.data[0]).toBeCloseTo(0.299, 6);
    expect(g.data[1]).toBeCloseTo(1, 6);
    expect(Array.from(encodeImages([img], { channels: "rgba", normalize: "none" }).data)).toEqual([
      255, 0, 0, 255, 255, 255, 255, 128,
    ]);
    expect(Array.from(encodeImages([img], { normalize: "symmetric" }).data)).toEqual([1, -1, -1, 1, 1, 1]);
    const z = encodeImages([img], { normalize: { mean: [0.5, 0.5, 0.5], std: [0.5, 0.25, 0.5] } });
    expect(Array.from(z.data)).toEqual([1, -2, -1, 1, 2, 1]);
  });

  it("decodeImage(encodeImages(x)) == x for every layout and scaling", () => {
    for (const layout of ["nhwc", "nchw"] as const) {
      for (const normalize of ["unit", "symmetric", "none"] as const) {
        const e = encodeImages([img, img], { layout, channels: "rgba", normalize });
        expect(Array.from(decodeImage(e, 1, { normalize }).data)).toEqual(Array.from(img.data));
      }
    }
  });

  it("resizes bilinearly: 2×1 → 1×1 averages, 1×1 → 2×2 repeats", () => {
    const bw = { width: 2, height: 1, data: [0, 0, 0, 255, 255, 255, 255, 255] };
    expect(Array.from(resizeImage(bw, 1, 1).data)).toEqual([128, 128, 128, 255]);
    const dot = { width: 1, height: 1, data: [10, 20, 30, 255] };
    expect(encodeImages([dot], { size: { width: 2, height: 2 }, normalize: "none" }).shape).toEqual([1, 2, 2, 3]);
    expect(Array.from(resizeImage(dot, 2, 2).data)).toEqual([
      10, 20, 30, 255, 10, 20, 30, 255, 10, 20, 30, 255, 10, 20, 30, 255,
    ]);
  });

  it("refuses bad buffers and mixed sizes, naming the image", () => {
    expect(() => encodeImages([img, { width: 2, height: 2, data: new Uint8Array(10) }])).toThrow(
      "At item 2: the pixel buffer has 10 bytes; width × height × 4 (RGBA) needs 16.",
    );
    expect(() => encodeImages([img, { width: 1, height: 1, data: [0, 0, 0, 0] }])).toThrow(
      "At item 2: the image is 1×1 but the first image is 2×1. Give a resize size so all images match.",
    );
  });
});
