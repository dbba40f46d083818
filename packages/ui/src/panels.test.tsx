import { useState } from "react";
import { page, userEvent } from "vitest/browser";
import { expect, test, vi } from "vitest";
import { GradCheckPanel } from "./GradCheckPanel";
import { NumberField } from "./NumberField";
import { PaletteList } from "./PaletteList";
import { TrainingControls } from "./TrainingControls";
import { render as renderInto } from "../test/render";

const render = (el: React.ReactElement) => renderInto(el, { fresh: true });

function Controls() {
  const [status, setStatus] = useState<"idle" | "running" | "paused">("idle");
  const [step, setStep] = useState(0);
  const [lr, setLr] = useState(0.03);
  return (
    <TrainingControls
      status={status}
      step={step}
      onPlay={() => setStatus("running")}
      onPause={() => setStatus("paused")}
      onStep={() => setStep((s) => s + 1)}
      onReset={() => setStep(0)}
      learningRate={lr}
      onLearningRateChange={setLr}
    />
  );
}

test("training buttons have the exact accessible names and follow the status", async () => {
  render(<Controls />);
  await page.getByRole("button", { name: "Step", exact: true }).click();
  await page.getByRole("button", { name: "Step", exact: true }).click();
  await expect.element(page.getByRole("group", { name: "Training" }).getByText("2", { exact: true })).toBeVisible();
  await expect.element(page.getByRole("button", { name: "Pause", exact: true })).toBeDisabled();
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await expect.element(page.getByRole("button", { name: "Play", exact: true })).toBeDisabled();
  await expect.element(page.getByRole("button", { name: "Pause", exact: true })).toBeEnabled();
  await page.getByRole("button", { name: "Reset", exact: true }).click();
  await page.getByLabelText("Learning rate").selectOptions("0.3");
  await expect.element(page.getByLabelText("Learning rate")).toHaveValue("0.3");
});

test("a weight field refuses text that is not a number, with a message, and commits a valid one on Enter", async () => {
  const onChange = vi.fn();
  render(<NumberField label="w1" value={-3} min={-10} max={10} onChange={onChange} />);
  const input = page.getByLabelText("w1");
  await userEvent.fill(input, "abc");
  await userEvent.keyboard("{Enter}");
  await expect.element(page.getByRole("alert")).toHaveTextContent('"abc" is not a number');
  await userEvent.fill(input, "42");
  await userEvent.keyboard("{Enter}");
  await expect.element(page.getByRole("alert")).toHaveTextContent("at most +10");
  expect(onChange).not.toHaveBeenCalled();
  await userEvent.fill(input, "\u22120.5");
  await userEvent.keyboard("{Enter}");
  expect(onChange).toHaveBeenCalledExactlyOnceWith(-0.5);
});

test("gradient check agrees with micrograd's published dg/da and flags a wrong guess", async () => {
  const onCheck = vi.fn();
  // micrograd README: dg/da = 138.8338; finite difference from the same expression in plain JS below.
  const g = (a: number) => {
    const b = 2;
    let c = a + b;
    let d = a * b + b ** 3;
    c += c + 1;
    c += 1 + c + -a;
    d += d * 2 + Math.max(0, b + a);
    d += 3 * d + Math.max(0, b - a);
    const e = c - d;
    const f = e ** 2;
    let out = f / 2;
    out += 10 / f;
    return out;
  };
  const h = 1e-6;
  const fd = (g(-4 + h) - g(-4 - h)) / (2 * h);
  render(<GradCheckPanel target="dg/da" backprop={138.83381924198252} finiteDifference={fd} onCheck={onCheck} />);
  await userEvent.fill(page.getByLabelText("Your dg/da"), "138.8338");
  await page.getByRole("button", { name: "Check" }).click();
  await expect.element(page.getByText("✓ Yours agrees with backprop.")).toBeVisible();
  await expect.element(page.getByText("✓ Backprop agrees with the finite difference.")).toBeVisible();
  expect(onCheck.mock.calls[0]![1].methods.agree).toBe(true);
  await userEvent.fill(page.getByLabelText("Your dg/da"), "-138.8338");
  await page.getByRole("button", { name: "Check" }).click();
  await expect.element(page.getByText("✗ Yours differs from backprop.")).toBeVisible();
});

test("palette items are buttons named after their kind and carry drag callbacks", async () => {
  const onDrag = vi.fn();
  render(
    <PaletteList
      items={[
        { kind: "neuron", label: "Neuron", category: "Neurons" },
        { kind: "add", label: "Add" },
      ]}
      onItemDragStart={onDrag}
    />,
  );
  const neuron = page.getByRole("button", { name: "Neuron", exact: true });
  await expect.element(neuron).toHaveAttribute("draggable", "true");
  neuron.element().dispatchEvent(new DragEvent("dragstart", { bubbles: true, dataTransfer: new DataTransfer() }));
  expect(onDrag).toHaveBeenCalledWith("neuron", expect.anything());
});

test("a long trained weight is shown rounded, and leaving the field untouched changes nothing", async () => {
  const onChange = vi.fn();
  render(<NumberField label="w2" value={-0.8473629102384} onChange={onChange} />);
  const input = page.getByLabelText("w2");
  await expect.element(input).toHaveValue("-0.847363");
  await input.click();
  await userEvent.keyboard("{Tab}");
  await userEvent.click(input);
  await userEvent.keyboard("{Enter}");
  expect(onChange).not.toHaveBeenCalled();
});

test("gradient check tells a learner who matches the finite difference that backprop is the one that is off", async () => {
  render(<GradCheckPanel target="dL/dw" backprop={0.5} finiteDifference={1} defaultGuess={1} />);
  await expect
    .element(page.getByText("✗ Yours differs from backprop, but agrees with the finite difference."))
    .toBeVisible();
  await expect.element(page.getByText(/a backward rule is wrong/)).toBeVisible();
});
