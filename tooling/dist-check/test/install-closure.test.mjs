// What installing a library pulls in: its dependencies and required peers, followed through
// node_modules the way Node resolves them. @nudge/graph must install without tfjs or its wasm backend.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

function packageDir(from, name) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name, "package.json");
    if (existsSync(candidate)) return realpathSync(dirname(candidate));
    if (dirname(dir) === dir) return undefined;
  }
}

/** Every package name installing `dir` brings, with the chain that brought it. */
function closure(dir) {
  const seen = new Map();
  const visit = (at, chain) => {
    const pkg = JSON.parse(readFileSync(join(at, "package.json"), "utf8"));
    const optionalPeers = Object.keys(pkg.peerDependenciesMeta ?? {}).filter(
      (n) => pkg.peerDependenciesMeta[n].optional,
    );
    const names = [
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}).filter((n) => !optionalPeers.includes(n)),
    ];
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.set(name, [...chain, name]);
      const found = packageDir(at, name);
      assert.ok(
        found || Object.hasOwn(pkg.optionalDependencies ?? {}, name),
        `${[...chain, name].join(" → ")} is not installed`,
      );
      if (found) visit(found, [...chain, name]);
    }
  };
  visit(dir, [JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name]);
  return seen;
}

test("@nudge/graph installs without @nudge/models, tfjs or the wasm backend", () => {
  const deps = closure(join(root, "packages/graph"));
  assert.ok(deps.has("@nudge/model-spec") && deps.has("zod"), "the walk should reach graph's own dependencies");
  const heavy = [...deps].filter(([name]) => name === "@nudge/models" || name.startsWith("@tensorflow/"));
  assert.deepEqual(
    heavy.map(([, chain]) => chain.join(" → ")),
    [],
  );
});

test("@nudge/model-spec installs only the seeded data packages (no tfjs, no models)", () => {
  const deps = closure(join(root, "packages/model-spec"));
  assert.ok(deps.has("@nudge/datasets"), "the walk should reach model-spec's generator");
  const heavy = [...deps].filter(([name]) => name === "@nudge/models" || name.startsWith("@tensorflow/"));
  assert.deepEqual(
    heavy.map(([, chain]) => chain.join(" → ")),
    [],
  );
});

test("@nudge/models does bring tfjs's wasm backend (the walk sees what is there)", () => {
  assert.ok(closure(join(root, "packages/models")).has("@tensorflow/tfjs-backend-wasm"));
});
