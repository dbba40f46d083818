import type { LayerStats } from "@nudge/runtime/protocol";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { expect, test } from "vitest";
import { Histogram } from "./Histogram";
import { LayerStatsTable, type LayerStatsRow } from "./LayerStatsTable";

test("takes the runtime's LayerStats as they come and flags saturation and odd update ratios", () => {
  const stats: LayerStats[] = [
    {
      nodeIds: ["h1"],
      activationMean: 0.02,
      activationStd: 0.6,
      saturated: 0.01,
      gradMean: 0,
      gradStd: 0.003,
      updateRatio: 1e-3,
    },
    {
      nodeIds: ["h2"],
      activationMean: -0.1,
      activationStd: 0.97,
      saturated: 0.7,
      gradMean: 0,
      gradStd: 2e-6,
      updateRatio: 1e-6,
    },
  ];
  const rows: readonly LayerStatsRow[] = stats;
  const host = document.createElement("div");
  document.body.append(host);
  flushSync(() => createRoot(host).render(<LayerStatsTable layers={rows} />));
  const cells = [...host.querySelectorAll("tbody tr")].map((tr) =>
    [...tr.querySelectorAll("td")].map((td) => td.textContent),
  );
  expect(cells[0]).toEqual(["+0.02 ± 0.60", "1.0%", "3.0e-3", "\u22123.0"]);
  expect(cells[1]).toEqual(["\u22120.10 ± 0.97", "70.0% ⚠", "2.0e-6", "\u22126.0 ⚠"]);
});

const render = (node: React.ReactNode) => {
  const host = document.createElement("div");
  document.body.append(host);
  flushSync(() => createRoot(host).render(node));
  return host;
};

test("a diverged layer's huge spread is formatted short, not 5.954262829429612e+138", () => {
  const row = {
    activationMean: 1e140,
    activationStd: 5.954262829429612e138,
    saturated: 1,
    gradStd: Infinity,
    updateRatio: 0,
  };
  const host = render(<LayerStatsTable layers={[row]} />);
  const cells = [...host.querySelectorAll("tbody td")].map((td) => td.textContent);
  expect(cells[0]).toBe("+1.00e+140 ± 5.95e+138");
  expect(cells[2]).toBe("∞");
  expect(host.querySelector("caption")!.textContent).toMatch(/tanh \|a\| > 0\.97/);
});

test("the histogram caption states the threshold and the exact share beyond it, or the share the table shows", () => {
  const values = [-0.99, -0.5, 0, 0.5, 0.92, 0.96, 0.98, 0.99];
  const own = render(<Histogram title="h" values={values} bins={24} range={[-1, 1]} saturation={0.97} />);
  expect(own.querySelector("figcaption")!.textContent).toMatch(/saturated \(\|a\| > 0\.97\): 37\.5%/);
  const given = render(
    <Histogram title="h" values={values} bins={24} range={[-1, 1]} saturation={0.97} saturatedShare={0.123} />,
  );
  expect(given.querySelector("figcaption")!.textContent).toMatch(/: 12\.3%/);
});
