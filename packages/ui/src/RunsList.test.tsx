import { expect, test } from "vitest";
import { render as mount } from "../test/render";
import { RunsList, type RunRow } from "./RunsList";

const row = (id: string, more: Partial<RunRow> = {}): RunRow => ({
  id,
  name: "",
  autoName: `lr ${id}`,
  steps: 1200,
  parameters: 337,
  loss: 0.123456,
  trainAccuracy: 0.875,
  checked: false,
  ...more,
});

function render(runs: RunRow[], overlayFull?: string) {
  const said: string[] = [];
  const host = mount(
    <RunsList
      runs={runs}
      kept={20}
      overlayFull={overlayFull}
      onToggle={(id) => said.push(`toggle ${id}`)}
      onRename={(id, name) => said.push(`rename ${id} ${name}`)}
      onRestore={(id) => said.push(`restore ${id}`)}
      onDelete={(id) => said.push(`delete ${id}`)}
      onDeleteAll={() => said.push("delete all")}
    />,
  );
  return { host, said };
}

test("lists runs newest first with their numbers, and calls back with the run's id", () => {
  const { host, said } = render([row("0.1"), row("0.5", { name: "fast", testAccuracy: 0.9, checked: true })]);
  const items = [...host.querySelectorAll("li")];
  expect(items.map((li) => li.dataset.run)).toEqual(["0.5", "0.1"]);
  expect(items[0]!.textContent).toContain("1,200 steps · loss 0.1235 · train 87.5% · test 90.0% · 337 params");
  const names = [...host.querySelectorAll<HTMLInputElement>('input[aria-label="Run name"]')];
  expect(names.map((n) => [n.value, n.placeholder])).toEqual([
    ["fast", "lr 0.5"],
    ["", "lr 0.1"],
  ]);
  host.querySelectorAll<HTMLButtonElement>("button")[2]!.click();
  host.querySelector<HTMLButtonElement>('button[aria-label="Delete fast"]')!.click();
  host.querySelector<HTMLInputElement>('input[aria-label="Overlay lr 0.1"]')!.click();
  [...host.querySelectorAll("button")].find((b) => b.textContent === "Delete all runs")!.click();
  expect(said).toEqual(["restore 0.1", "delete 0.5", "toggle 0.1", "delete all"]);
});

test("disables only unticked boxes when the overlay is full, saying why", () => {
  const { host } = render([row("a", { checked: true }), row("b")], "Up to 5 runs at once.");
  const boxes = [...host.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  expect(boxes.map((b) => [b.disabled, b.title])).toEqual([
    [true, "Up to 5 runs at once."],
    [false, ""],
  ]);
});
