// Each library's dist/ must load in a plain `node` process, as a consumer would load it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const { devDependencies } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const entries = Object.keys(devDependencies).filter((n) => n.startsWith("@nudge/"));

for (const name of entries) {
  test(`${name} imports from dist/ in plain node`, () => {
    const script = `const m = await import(${JSON.stringify(name)}); const r = import.meta.resolve(${JSON.stringify(name)});
      console.log(JSON.stringify({ url: r, names: Object.keys(m) }));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const { url, names } = JSON.parse(out.trim().split("\n").at(-1));
    assert.match(url, /\/dist\/.*\.js$/, `${name} should resolve to its built dist/, got ${url}`);
    assert.ok(names.length > 0, `${name} exports nothing`);
  });
}
