import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as autograd from "../src/index.js";

describe("README", () => {
  it("its example runs and prints micrograd's published numbers", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const code = /```ts\n([\s\S]*?)```/.exec(readme)![1].replace(/^import .*$/m, "const { Value } = autograd;");
    const printed: string[] = [];
    const console = { log: (...xs: unknown[]) => printed.push(xs.join(" ")) };
    new Function("autograd", "console", code)(autograd, console);
    expect(printed).toEqual(["24.7041 138.8338 645.5773"]);
  });
});
