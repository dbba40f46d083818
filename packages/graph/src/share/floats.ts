// Platform globals (browsers, workers, Node ≥ 16); declared here because the build has no DOM or Node types.
declare const btoa: (data: string) => string;
declare const atob: (data: string) => string;

/** `d` keeps numbers exact (Float64); `f` halves the size (Float32, about 7 significant digits). */
export type FloatPrecision = "d" | "f";

const toUrl = (b64: string) => b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const fromUrl = (text: string) => text.replace(/-/g, "+").replace(/_/g, "/");

/** Numbers as a precision letter + little-endian bytes in base64url (NaN marks a missing number). */
export function encodeFloats(values: readonly number[], precision: FloatPrecision): string {
  const width = precision === "d" ? 8 : 4;
  const view = new DataView(new ArrayBuffer(values.length * width));
  values.forEach((v, i) =>
    precision === "d" ? view.setFloat64(i * width, v, true) : view.setFloat32(i * width, v, true),
  );
  const bytes = new Uint8Array(view.buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return precision + toUrl(btoa(binary));
}

/** The inverse of `encodeFloats` for untrusted text: null when it is malformed or does not hold exactly `count` numbers. */
export function decodeFloats(text: string, count: number): number[] | null {
  const precision = text[0];
  if ((precision !== "d" && precision !== "f") || !/^[A-Za-z0-9_-]*$/.test(text.slice(1))) return null;
  const width = precision === "d" ? 8 : 4;
  if (Math.ceil((count * width * 4) / 3) !== text.length - 1) return null;
  let binary: string;
  try {
    binary = atob(fromUrl(text.slice(1)));
  } catch {
    return null;
  }
  const view = new DataView(Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer);
  return Array.from({ length: count }, (_, i) =>
    precision === "d" ? view.getFloat64(i * width, true) : view.getFloat32(i * width, true),
  );
}
