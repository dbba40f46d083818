import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { expect, test } from "vitest";
import { HistogramLines } from "./HistogramLines";
import { InitialLoss } from "./InitialLoss";
import { RatioBars } from "./RatioBars";

function render(node: React.ReactNode): HTMLElement {
  const host = document.createElement("div");
  document.body.append(host);
  flushSync(() => createRoot(host).render(node));
  return host;
}

test("HistogramLines draws one line per layer and the saturation threshold it names in its caption", () => {
  const host = render(
    <HistogramLines
      title="Activations"
      threshold={0.97}
      lines={[
        { label: "layer 1", counts: [0, 10, 0, 0], min: -1, max: 1, note: "saturated 0.0%" },
        { label: "layer 2", counts: [5, 0, 0, 5], min: -1, max: 1 },
      ]}
      width={200}
      height={100}
    />,
  );
  expect(host.querySelectorAll("polyline")).toHaveLength(2);
  const marks = [...host.querySelectorAll(".nudge-histogram-lines__threshold")].map((l) =>
    Number(l.getAttribute("x1")),
  );
  // ±0.97 on [-1, 1] across 200 px
  expect(marks[0]).toBeCloseTo(3, 6);
  expect(marks[1]).toBeCloseTo(197, 6);
  expect(host.querySelector("figcaption")!.textContent).toContain("±0.97");
  // the peak of layer 1 (its second bin, centre −0.25) is at the top of the plot
  const first = host.querySelector("polyline")!.getAttribute("points")!.split(" ")[1]!.split(",").map(Number);
  expect(first).toEqual([75, 0]);
});

test("RatioBars label each bar with its log10 and InitialLoss flags a first loss far above a uniform guess", () => {
  const bars = render(<RatioBars title="grad:data" bars={[{ label: "layer 1", value: 1e-3 }]} />);
  expect(bars.textContent).toContain("−3.0");
  const good = render(<InitialLoss first={3.31} expected={Math.log(27)} formula="−ln(1/27)" />);
  expect(good.textContent).toBe("first loss 3.3100 · uniform guess −ln(1/27) = 3.2958");
  const bad = render(<InitialLoss first={27.4} expected={Math.log(27)} formula="−ln(1/27)" />);
  expect(bad.querySelector(".nudge-bad")).not.toBeNull();
});
