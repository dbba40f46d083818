import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { expect, test } from "vitest";
import { AccuracyChart } from "./AccuracyChart";
import { formatAxisCount, formatLegendValue, logGridFilter, softColour } from "./chart-axes";
import { LossChart } from "./LossChart";

test("legend values are the latest finite value, 4 significant digits, a dash when there is none", () => {
  expect(formatLegendValue([2.5, 0.16891234, Number.NaN])).toBe("0.1689");
  expect(formatLegendValue([Number.NaN, Number.NaN])).toBe("–");
  expect(formatLegendValue([])).toBe("–");
  expect(formatLegendValue([0.00001234])).toBe("1.23e-5");
  expect(formatLegendValue([0.9876], (v) => `${(v * 100).toFixed(1)}%`)).toBe("98.8%");
});

test("a log axis keeps decades only, or 1-2-5 steps when fewer than two decades are in view", () => {
  // uPlot's log splits over 0.01…10: 1..9 × each decade.
  const splits = [0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.2, 0.3, 0.5, 0.9, 1, 2, 4, 10];
  expect(logGridFilter(splits).filter((v) => v !== null)).toEqual([0.01, 0.1, 1, 10]);
  expect(logGridFilter([0.2, 0.3, 0.4, 0.5, 0.6, 1]).filter((v) => v !== null)).toEqual([0.2, 0.5, 1]);
  expect(logGridFilter([0.1, 0.2])).toHaveLength(2);
});

test("x ticks stay short at any count: 2k, 25k, 1.5M, never 1e+6", () => {
  expect([0, 5, 0.5, 999, 2000, 25_000, 1_000_000, 1_500_000, 2e9].map(formatAxisCount)).toEqual([
    "0",
    "5",
    "0.5",
    "999",
    "2k",
    "25k",
    "1M",
    "1.5M",
    "2G",
  ]);
  expect(formatAxisCount(999_500)).toBe("1M");
  for (let v = 1; v < 1e12; v *= 7) expect(formatAxisCount(v).length, String(v)).toBeLessThanOrEqual(5);
});

test("grid lines take the border colour at reduced opacity", () => {
  expect(softColour("#323945")).toBe("#3239458c");
  expect(softColour("rgb(1, 2, 3)")).toBe("rgb(1, 2, 3)");
});

test("loss and accuracy legends read 'train loss 0.1689' and 'test acc 93.0%', never a cursor dash", () => {
  document.body.innerHTML = "";
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <div>
        <LossChart
          steps={[0, 1, 2]}
          loss={[0.9, 0.4, 0.16891]}
          testLoss={[1, Number.NaN, Number.NaN]}
          width={200}
          height={80}
          logScale
        />
        <AccuracyChart
          steps={[0, 1, 2]}
          trainAccuracy={[0.5, 0.8, 0.95]}
          testAccuracy={[0.5, 0.9, 0.93]}
          width={200}
          height={80}
        />
      </div>,
    ),
  );
  const legend = (name: string) =>
    host.querySelector(`[data-series="${name}"]`)?.textContent?.replace(/\s+/g, " ").trim();
  expect(legend("train loss")).toBe("train loss 0.1689");
  expect(legend("test loss")).toBe("test loss 1");
  expect(legend("train acc")).toBe("train acc 95.0%");
  expect(legend("test acc")).toBe("test acc 93.0%");
  expect(host.querySelector(".u-legend")).toBeNull();
  root.unmount();
});
