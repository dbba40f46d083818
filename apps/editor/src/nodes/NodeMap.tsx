import { useEffect, useRef } from "react";

/** A neuron's output over the input plane as a tiny heat map (blue positive, orange negative). */
export function NodeMap({ values }: { values: Float32Array }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const size = Math.round(Math.sqrt(values.length));
  useEffect(() => {
    const ctx = ref.current?.getContext("2d");
    if (!ctx || size === 0) return;
    const img = ctx.createImageData(size, size);
    for (let i = 0; i < size * size; i++) {
      const v = Math.max(-1, Math.min(1, values[i] ?? 0));
      const [r, g, b] = v >= 0 ? [33, 102, 172] : [179, 88, 6];
      const t = Math.abs(v);
      const row = size - 1 - Math.floor(i / size);
      const o = (row * size + (i % size)) * 4;
      img.data[o] = 255 + (r - 255) * t;
      img.data[o + 1] = 255 + (g - 255) * t;
      img.data[o + 2] = 255 + (b - 255) * t;
      img.data[o + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [values, size]);
  return <canvas ref={ref} width={size} height={size} className="nn-node-map" aria-hidden="true" />;
}
