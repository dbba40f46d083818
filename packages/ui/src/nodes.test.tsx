import { expect, test } from "vitest";
import { ConstantNodeView } from "./ConstantNodeView";
import { NeuronView } from "./NeuronView";
import { OpNodeView } from "./OpNodeView";
import { nodeViews, type NodeViewProps } from "./node-views";
import { render } from "../test/render";

test("op node shows micrograd's README numbers with explicit sign glyphs", () => {
  const host = render(<OpNodeView label="g" op="+" data={24.70408163265306} grad={-138.83381924198252} />);
  expect(host.textContent).toContain("+24.7041");
  expect(host.textContent).toContain("\u2212138.8338");
  expect(host.querySelector("[data-sign='neg']")?.textContent).toBe("\u2212138.8338");
});

test("active op is marked for assistive tech and names the pass", () => {
  const host = render(<OpNodeView label="o" op="tanh" data={0.7071} grad={1} active phase="backward" />);
  expect(host.querySelector("[aria-current='step']")).not.toBeNull();
  expect(host.textContent).toContain("backward");
});

test("a NaN value is shown as NaN, never as a plain number", () => {
  const host = render(<ConstantNodeView kind="parameter" label="w" value={Number.NaN} grad={Infinity} />);
  const bad = host.querySelectorAll("[data-sign='bad']");
  expect([...bad].map((b) => b.textContent)).toEqual(["NaN", "+∞"]);
});

test("neuron paints its output map: high values blue, low values orange", () => {
  const size = 2;
  const values = new Float32Array([-1, -1, 1, 1]); // bottom row −1, top row +1
  const host = render(<NeuronView label="h1" activation="tanh" value={0.5} grad={0.1} outputMap={{ size, values }} />);
  const canvas = host.querySelector("canvas")!;
  const ctx = canvas.getContext("2d")!;
  const top = ctx.getImageData(canvas.width / 2, 1, 1, 1).data;
  const bottom = ctx.getImageData(canvas.width / 2, canvas.height - 2, 1, 1).data;
  expect(top[2]).toBeGreaterThan(top[0]!);
  expect(bottom[0]).toBeGreaterThan(bottom[2]!);
  expect(canvas.getAttribute("aria-label")).toBe("output of h1 over the input plane");
});

test("each view family draws its node from plain data", () => {
  const View = (family: string, props: NodeViewProps) => {
    const Family = nodeViews[family]!;
    return render(<Family {...props} />).textContent ?? "";
  };
  expect(View("op", { label: "e", params: {}, symbol: "**2", value: 4 })).toContain("**2");
  expect(View("neuron", { label: "h1", params: { activation: "relu" }, param: 0.25 })).toContain("relu");
  expect(View("value", { label: "c", params: { value: 10 } })).toContain("+10");
  expect(View("value", { label: "c", params: { value: 10 } })).not.toContain("grad");
  expect(View("value", { label: "p", params: { value: 1 }, trainable: true, grad: 2 })).toContain("grad");
  expect(View("loss", { label: "L", params: { fn: "bce" }, loss: 0.3121 })).toContain("bce");
  expect(View("layer", { label: "d", params: { units: 8 }, shape: [8] })).toMatch(/\b8\b/);
  expect(View("input", { label: "x1", params: {}, value: 0.5 })).toContain("x1");
  expect(View("output", { label: "y", params: {}, value: 0.25, task: "regression" })).toContain("y");
});
