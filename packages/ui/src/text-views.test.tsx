import { flushSync } from "react-dom";
import { expect, test } from "vitest";
import { render } from "../test/render";
import { BigramHeatMap } from "./BigramHeatMap";
import { CharVocabTable } from "./CharVocabTable";
import { NextCharChart } from "./NextCharChart";
import { WordLikelihoodTable } from "./WordLikelihoodTable";

const alphabet = [".", "a", "b"];

const mount = (el: React.ReactElement) => render(el, { fresh: true });

function mouse(canvas: HTMLCanvasElement, type: string, x: number, y: number) {
  const r = canvas.getBoundingClientRect();
  flushSync(() =>
    canvas.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: r.left + x, clientY: r.top + y })),
  );
}

test("the heat map reads the hovered cell as pair and value, and a click chooses the cell's row", async () => {
  const chosen: number[] = [];
  const counts = [0, 5, 1, 3, 0, 7, 2, 9, 4];
  const host = mount(
    <BigramHeatMap counts={counts} alphabet={alphabet} cellSize={30} onSelectRow={(r) => chosen.push(r)} />,
  );
  const canvas = host.querySelector("canvas")!;
  mouse(canvas, "mousemove", 35, 75); // row 2 ("b"), column 1 ("a")
  await expect.poll(() => host.querySelector("figcaption")!.textContent).toBe("ba: a after b, 9");
  mouse(canvas, "click", 5, 35);
  expect(chosen).toEqual([1]);
});

test("the next-character bars name the likeliest characters, and a wrong size is said", () => {
  const host = mount(<NextCharChart previous="a" alphabet={alphabet} probabilities={[0.25, 0.15, 0.6]} />);
  expect(host.querySelector("figcaption")!.textContent).toBe("After a: b 60.0% · . 25.0% · a 15.0%");
  expect(host.querySelectorAll("rect")).toHaveLength(3);
  const bad = mount(<NextCharChart previous="a" alphabet={alphabet} probabilities={[1]} />);
  expect(bad.querySelector("[role='alert']")!.textContent).toBe(
    "Next-character chart: expected 3 probabilities, got 1",
  );
});

test("a word's likelihood table shows each pair's p, log p and running sum, and −∞ with the pair to blame", () => {
  const pairs = [
    { pair: ".a", p: 0.5, logP: Math.log(0.5), sum: Math.log(0.5) },
    { pair: "ab", p: 0, logP: -Infinity, sum: -Infinity },
  ];
  const host = mount(<WordLikelihoodTable word="ab" pairs={pairs} logLikelihood={-Infinity} nll={Infinity} />);
  const cells = [...host.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((td) => td.textContent));
  expect(cells).toEqual([
    [".a", "0.5000", "−0.6931", "−0.6931"],
    ["ab", "0.0000", "−∞", "−∞"],
  ]);
  expect(host.querySelector("[data-testid='word-log-likelihood']")!.textContent).toBe("−∞");
  expect(host.querySelector("[role='note']")!.textContent).toContain('"ab" never occurs');
});

test("the vocabulary table pairs each character with its index, the token first, wrapping after `perRow`", () => {
  const host = mount(<CharVocabTable chars={alphabet} perRow={2} />);
  const rows = [...host.querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => c.textContent));
  expect(rows).toEqual([
    ["char", ".", "a"],
    ["index", "0", "1"],
    ["char", "b"],
    ["index", "2"],
  ]);
});
