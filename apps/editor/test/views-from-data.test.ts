import { nodeKinds } from "@nudge/graph";
import { nodeViews } from "@nudge/ui";
import { describe, expect, it } from "vitest";
import { nodeTypeOf, nodeTypes } from "../src/nodes/NudgeNode";

const sources = import.meta.glob("../src/**/*.{ts,tsx}", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;
const names = Object.keys(nodeKinds).join("|");
/** A node kind's name compared with something, or a switch over a kind: the view would then be chosen in code, not from data. */
const kindChecks = [
  new RegExp(`\\bkind\\s*[!=]==?\\s*["'\`](${names})["'\`]`),
  new RegExp(`["'\`](${names})["'\`]\\s*[!=]==?\\s*[\\w.?]*\\bkind\\b`),
  /switch\s*\(\s*[\w.?]*\bkind\s*\)/,
  new RegExp(`\\[\\s*["'\`](${names})["'\`]\\s*,`),
];

describe("node views are chosen from data in the kind spec", () => {
  it("no editor module compares kind strings or keeps a table keyed by kind", () => {
    expect(Object.keys(sources).length).toBeGreaterThan(40);
    const found = Object.entries(sources).flatMap(([file, text]) =>
      text
        .split("\n")
        .flatMap((line, i) => (kindChecks.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it("the check itself catches the patterns it is meant to", () => {
    const caught = (line: string) => kindChecks.some((re) => re.test(line));
    expect(caught(`if (data.node.kind === "neuron") return 1;`)).toBe(true);
    expect(caught(`const far = "input" === node.kind;`)).toBe(true);
    expect(caught(`switch (node.kind) {`)).toBe(true);
    expect(caught(`const SIZE = new Map([["dense", 1]]);`)).toBe(true);
    expect(caught(`if (doc.data.kind === "toy") return;`)).toBe(false);
  });

  it("every kind's view family has a React Flow node type, made from @nudge/ui's nodeViews alone", () => {
    expect(Object.keys(nodeTypes).sort()).toEqual(
      Object.keys(nodeViews)
        .map((f) => `nudge-${f}`)
        .sort(),
    );
    for (const spec of Object.values(nodeKinds)) {
      const family = nodeTypeOf({ id: "n", kind: spec.kind, position: { x: 0, y: 0 }, params: {} });
      expect(family, spec.kind).toBe(`nudge-${spec.display.view}`);
      expect(nodeTypes[family], `${spec.kind} → ${family}`).toBeDefined();
    }
  });
});
