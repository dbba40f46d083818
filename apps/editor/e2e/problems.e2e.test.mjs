import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, plainTraining, useEditor } from "./helpers.mjs";

const env = useEditor();

const at = (x, y) => ({ x, y });
/** ln of the first feature of moons: most x₁ values are negative, so the first forward pass gives NaN at node "lg". */
const logOfNegative = {
  version: 1,
  title: "log of a negative feature",
  mode: "neurons",
  data: { kind: "toy", name: "moons", n: 40, noise: 0.1, seed: 1, testFraction: 0 },
  training: plainTraining,
  nodes: [
    { id: "x1", kind: "input", position: at(0, 0), params: { feature: 0 } },
    { id: "lg", kind: "log", label: "ln x1", position: at(220, 0), params: {} },
    { id: "h", kind: "neuron", position: at(440, 0), params: { activation: "tanh", bias: 0 } },
    { id: "y", kind: "output", position: at(680, 0), params: { index: 0 } },
    { id: "L", kind: "loss", position: at(900, 0), params: { fn: "mse" } },
  ],
  edges: [
    { id: "x1-lg-x", source: "x1", sourceHandle: "out", target: "lg", targetHandle: "x" },
    { id: "lg-h-in", source: "lg", sourceHandle: "out", target: "h", targetHandle: "in", weight: 0.5 },
    { id: "h-y-in", source: "h", sourceHandle: "out", target: "y", targetHandle: "in" },
    { id: "y-L-pred", source: "y", sourceHandle: "out", target: "L", targetHandle: "pred" },
  ],
};

test("NaN while training: the message names the node the runtime reports and the canvas highlights it", async () => {
  const { page, errors, close } = await openPage(env);
  await page.getByTestId("import-file").setInputFiles({
    name: "nan.nudge.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(logOfNegative)),
  });
  await page.locator('.react-flow__node[data-id="lg"]').waitFor();
  await page.getByRole("button", { name: "Play" }).and(page.locator(":enabled")).waitFor();
  await page.getByRole("button", { name: "Step", exact: true }).click();
  const message = page.getByTestId("training-stopped");
  await message.waitFor();
  const text = await message.innerText();
  assert.match(text, /Training stopped: .*step 0.* at node "ln x1"/s);
  assert.doesNotMatch(text, /\bhere\b/);
  const lg = page.locator('.react-flow__node[data-id="lg"] .nn-node');
  assert.match(await lg.getAttribute("class"), /has-stopped/);
  assert.equal(await page.locator(".nn-node.has-stopped").count(), 1);
  assert.match(await lg.getByRole("img").getAttribute("aria-label"), /problem: Training diverged at step 0/);
  await message.getByRole("button", { name: "Show ln x1" }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: "e2e-artifacts/nan-highlight.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("a tab or line break pasted into a node name becomes a space, and the graph still opens after a reload", async () => {
  const { page, errors, close } = await openPage(env);
  await page.locator('.react-flow__node[data-id="x1"]').click();
  const name = page.getByLabel("name", { exact: true });
  await name.fill("first\tfeature");
  await name.press("Enter");
  await page
    .getByTestId("notice")
    .getByText(/tabs or line breaks/)
    .waitFor();
  assert.equal(await name.inputValue(), "first feature");
  await page.locator('.react-flow__node[data-id="x1"]').getByText("first feature").waitFor();
  await page.waitForTimeout(1500);
  await page.reload();
  await page.locator('.react-flow__node[data-id="x1"]').getByText("first feature").waitFor();
  assert.deepEqual(errors, []);
  await close();
});
