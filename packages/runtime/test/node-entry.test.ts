import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { createTrainer, RuntimeError } from "../src/index.js";
import { nodeWorker } from "../src/node/index.js";

/** Every module the given entry reaches through relative imports, and the bare specifiers they import (statements start a line, so a message that quotes an import is not one). */
function reach(entry: string): { files: string[]; bare: Set<string> } {
  const files: string[] = [];
  const bare = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /^\s*(?:import|export)[^"']*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm,
    )) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (spec.startsWith(".")) queue.push(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else bare.add(spec);
    }
  }
  return { files, bare };
}

const src = (p: string) => fileURLToPath(new URL(`../src/${p}`, import.meta.url));

test("the browser entries import no Node module and no Node adapter", () => {
  for (const entry of ["index.ts", "worker/browser.ts", "protocol.ts"]) {
    const { files, bare } = reach(src(entry));
    expect(files.length).toBeGreaterThan(entry === "protocol.ts" ? 0 : 3);
    expect(
      [...bare].filter((s) => s.startsWith("node:") || s.includes("node-adapter") || s.includes("/node")),
      entry,
    ).toEqual([]);
    expect(
      files.filter((f) => f.includes(`${"/src/node"}`)),
      entry,
    ).toEqual([]);
  }
  expect(reach(src("node/index.ts")).bare.has("comlink/dist/esm/node-adapter.mjs")).toBe(false);
});

test("a worker_threads-shaped worker given to the browser createTrainer is refused with a pointer to @nudge/runtime/node", async () => {
  const nodeShaped = { postMessage() {}, on() {}, off() {}, terminate() {} };
  const trainer = createTrainer({ worker: () => nodeShaped as never });
  const error = await trainer.play().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuntimeError);
  expect((error as RuntimeError).code).toBe("WORKER_START");
  expect((error as RuntimeError).message).toContain("@nudge/runtime/node");
  trainer.destroy();
});

test("nodeWorker reports an exit once and stays quiet after terminate", () => {
  const handlers: Record<string, ((v: unknown) => void)[]> = {};
  const fake = {
    postMessage() {},
    on(event: string, fn: (v: unknown) => void) {
      (handlers[event] ??= []).push(fn);
    },
    off() {},
    terminate() {
      handlers.exit?.forEach((h) => h(1));
    },
  };
  const seen: string[] = [];
  const connection = nodeWorker(fake);
  connection.onFailure((d) => seen.push(d));
  handlers.exit!.forEach((h) => h(3));
  handlers.error!.forEach((h) => h(new Error("boom")));
  expect(seen).toEqual(["exited with code 3"]);
  const quiet = nodeWorker(fake);
  const later: string[] = [];
  quiet.onFailure((d) => later.push(d));
  quiet.terminate();
  expect(later).toEqual([]);
});
