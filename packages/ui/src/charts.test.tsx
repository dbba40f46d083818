import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { expect, test } from "vitest";
import { AccuracyChart } from "./AccuracyChart";
import { BigramHeatMap } from "./BigramHeatMap";
import { CurveFitChart } from "./CurveFitChart";
import { DecisionBoundary } from "./DecisionBoundary";
import { LossChart } from "./LossChart";

function mount(): { host: HTMLElement; root: Root } {
  document.body.innerHTML = "";
  const host = document.createElement("div");
  document.body.append(host);
  return { host, root: createRoot(host) };
}

const pixel = (canvas: HTMLCanvasElement, x: number, y: number) => {
  const s = canvas.width / canvas.clientWidth;
  return [...canvas.getContext("2d")!.getImageData(Math.round(x * s), Math.round(y * s), 1, 1).data];
};

test("decision boundary puts row 0 at the bottom (y = yRange[0]) and a point where its coordinates say", () => {
  const { host, root } = mount();
  // y > 0 is class 1 (blue, high output), y < 0 orange: value = sign(y) on a 2×2 grid, row 0 = bottom.
  const boundary = {
    size: 2,
    xRange: [-1, 1] as const,
    yRange: [-1, 1] as const,
    values: new Float32Array([-1, -1, 1, 1]),
  };
  const train = { features: new Float32Array([0.5, 0.5]), labels: new Float32Array([0]) };
  flushSync(() => root.render(<DecisionBoundary boundary={boundary} train={train} size={100} />));
  const canvas = host.querySelector("canvas")!;
  const [tr, , tb] = pixel(canvas, 10, 10);
  const [br, , bb] = pixel(canvas, 10, 90);
  expect(tb).toBeGreaterThan(tr!);
  expect(br).toBeGreaterThan(bb!);
  // The class-0 point at (0.5, 0.5) sits at canvas (75, 25) and is painted orange over the blue region.
  const [pr, , pb] = pixel(canvas, 75, 25);
  expect(pr).toBeGreaterThan(pb!);
});

test("loss chart keeps one uPlot canvas while data streams in", () => {
  const { host, root } = mount();
  const steps = Float64Array.from({ length: 2000 }, (_, i) => i);
  const loss = steps.map((i) => 1 / (1 + i));
  for (const n of [10, 500, 2000]) {
    flushSync(() => root.render(<LossChart steps={steps.subarray(0, n)} loss={loss.subarray(0, n)} />));
  }
  expect(host.querySelectorAll(".uplot").length).toBe(1);
  expect(host.querySelector("[role='img']")?.getAttribute("aria-label")).toBe("Loss");
  flushSync(() => root.render(<LossChart steps={steps} loss={loss} testLoss={loss} />));
  expect(host.querySelectorAll(".uplot").length).toBe(1);
  expect(host.textContent).toContain("test loss");
});

test("charts given data of the wrong size show a message naming both sizes instead of crashing", () => {
  const { host, root } = mount();
  const alphabet = [".", ..."abcdefghijklmnopqrstuvwxyz"];
  const boundary = { size: 3, xRange: [0, 1] as const, yRange: [0, 1] as const, values: new Float32Array(8) };
  flushSync(() =>
    root.render(
      <>
        <BigramHeatMap counts={new Int32Array(26 * 26)} alphabet={alphabet} />
        <DecisionBoundary boundary={boundary} />
      </>,
    ),
  );
  const alerts = [...host.querySelectorAll("[role='alert']")].map((a) => a.textContent);
  expect(alerts).toEqual([
    "Bigram heat map: expected 27×27 = 729 counts for 27 symbols, got 676",
    "Decision boundary: expected 3×3 = 9 values, got 8",
  ]);
});

test("a chart without a width follows its container", async () => {
  const { host, root } = mount();
  host.style.width = "500px";
  const steps = [0, 1, 2];
  flushSync(() => root.render(<AccuracyChart steps={steps} trainAccuracy={[0.5, 0.7, 0.9]} />));
  const canvas = () => host.querySelector("canvas")!;
  await expect.poll(() => canvas().clientWidth).toBe(500);
  host.style.width = "300px";
  await expect.poll(() => canvas().clientWidth).toBe(300);
});

test("class boundaries paint each cell in its class colour", () => {
  const { host, root } = mount();
  const boundary = {
    size: 2,
    kind: "class" as const,
    xRange: [0, 1] as const,
    yRange: [0, 1] as const,
    values: new Float32Array([0, 0, 1, 1]),
  };
  flushSync(() =>
    root.render(
      <div style={{ "--nudge-class-0": "#ff0000", "--nudge-class-1": "#0000ff" } as React.CSSProperties}>
        <DecisionBoundary boundary={boundary} size={100} />
      </div>,
    ),
  );
  const canvas = host.querySelector("canvas")!;
  const [tr, , tb] = pixel(canvas, 25, 25);
  const [br, , bb] = pixel(canvas, 25, 75);
  expect(tb).toBeGreaterThan(tr!);
  expect(br).toBeGreaterThan(bb!);
});

test("curve fit draws the prediction where its value says", () => {
  const { host, root } = mount();
  const curve = { size: 8, xRange: [0, 1] as const, values: new Float32Array(8).fill(0.5) };
  const style = { "--nudge-pos": "#0000ff", "--nudge-border": "#ffffff" } as React.CSSProperties;
  flushSync(() =>
    root.render(
      <div style={style}>
        <CurveFitChart curve={curve} yRange={[0, 1]} width={100} height={100} />
      </div>,
    ),
  );
  const canvas = host.querySelector("canvas")!;
  const [, , onLine, onAlpha] = pixel(canvas, 50, 50);
  const [, , , offAlpha] = pixel(canvas, 50, 20);
  expect(onLine).toBeGreaterThan(200);
  expect(onAlpha).toBeGreaterThan(200);
  expect(offAlpha).toBe(0);
});
