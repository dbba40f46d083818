import { page, userEvent } from "vitest/browser";
import { expect, test, vi } from "vitest";
import { GradCheckPanel } from "./GradCheckPanel";
import { InspectorPanel } from "./InspectorPanel";
import { NumberField } from "./NumberField";
import { PaletteList } from "./PaletteList";
import { TrainingControls } from "./TrainingControls";
import { render as renderInto } from "../test/render";

const render = (el: React.ReactElement) => renderInto(el, { fresh: true });

const noop = () => {};

test("busy controls disable Play and Step silently; without a learning-rate handler there is no select; stats show a dash until known", async () => {
  render(
    <TrainingControls
      status="idle"
      step={0}
      onPlay={noop}
      onPause={noop}
      onStep={noop}
      onReset={noop}
      busy
      showStats
    />,
  );
  await expect.element(page.getByRole("button", { name: "Play", exact: true })).toBeDisabled();
  await expect.element(page.getByRole("button", { name: "Step", exact: true })).toBeDisabled();
  await expect.element(page.getByRole("button", { name: "Reset", exact: true })).toBeEnabled();
  expect(document.querySelector("select")).toBeNull();
  expect(document.querySelector(".nudge-controls__reason")).toBeNull();
  expect(document.querySelector('output[aria-label="train acc"]')?.textContent).toBe("–");
});

test("an unset number field shows its placeholder and commits nothing until a number is typed", async () => {
  const onChange = vi.fn();
  render(<NumberField label="w from x1" value={undefined} placeholder="random" onChange={onChange} />);
  const input = page.getByLabelText("w from x1");
  await expect.element(input).toHaveAttribute("placeholder", "random");
  await expect.element(input).toHaveValue("");
  await userEvent.click(input);
  await userEvent.keyboard("{Enter}");
  await userEvent.tab();
  expect(onChange).not.toHaveBeenCalled();
  await userEvent.fill(input, "2.5");
  await userEvent.keyboard("{Enter}");
  expect(onChange).toHaveBeenCalledExactlyOnceWith(2.5);
});

test("inspector fields pass the field name back, under their heading", async () => {
  const onFieldChange = vi.fn();
  render(
    <InspectorPanel
      title="Neuron h1"
      fieldsTitle="Incoming weights"
      fields={[{ name: "e1", label: "w from x1", value: undefined, placeholder: "random" }]}
      onFieldChange={onFieldChange}
    />,
  );
  await expect.element(page.getByRole("heading", { name: "Incoming weights" })).toBeVisible();
  await userEvent.fill(page.getByLabelText("w from x1"), "-1");
  await userEvent.keyboard("{Enter}");
  expect(onFieldChange).toHaveBeenCalledExactlyOnceWith("e1", -1);
});

test("palette items are HTML-draggable only with onItemDragStart, report pointer downs, and carry their category", async () => {
  const down = vi.fn();
  const activate = vi.fn();
  render(
    <PaletteList
      items={[{ kind: "neuron", label: "Neuron", category: "Scalar ops" }]}
      onItemPointerDown={(k) => down(k)}
      onItemActivate={activate}
    />,
  );
  const button = page.getByRole("button", { name: "Neuron", exact: true });
  await expect.element(button).toHaveAttribute("draggable", "false");
  await expect.element(button).toHaveAttribute("data-category", "scalar-ops");
  await button.click();
  expect(down).toHaveBeenCalledWith("neuron");
  expect(activate).toHaveBeenCalledExactlyOnceWith("neuron");
});

test("before Backward the guess is checked against the finite difference alone (micrograd: dg/da = 138.8338)", async () => {
  render(<GradCheckPanel target="dg/da" finiteDifference={138.83379} />);
  await userEvent.fill(page.getByLabelText("Your dg/da"), "138.8338");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect.element(page.getByText("✓ Yours agrees with the finite difference.")).toBeVisible();
  await expect.element(page.getByText("run Backward first")).toBeVisible();
  expect(document.body.textContent).not.toContain("Backprop agrees");
  await userEvent.fill(page.getByLabelText("Your dg/da"), "100");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect.element(page.getByText("✗ Yours differs from the finite difference.")).toBeVisible();
});
