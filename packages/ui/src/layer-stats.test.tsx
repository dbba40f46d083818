import type { LayerStats } from "@nudge/runtime/protocol";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { expect, test } from "vitest";
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
