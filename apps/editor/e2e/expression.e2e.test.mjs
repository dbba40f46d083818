import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, openTemplate, pause, useEditor } from "./helpers.mjs";

const env = useEditor();

test("step one op at a time with the active node highlighted, then check a gradient by hand", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "micrograd-neuron");
  await page.getByRole("button", { name: "Step one op forward" }).click();
  await page.locator('[aria-current="step"]').waitFor();
  assert.match(await page.getByTestId("op-cursor").innerText(), /forward · op 1\//);
  await page.getByRole("button", { name: "Backward", exact: true }).click();
  await page.getByTestId("op-cursor").getByText(/^done/).waitFor();
  await page.getByRole("button", { name: "Step one op back" }).click();
  await page
    .getByTestId("op-cursor")
    .getByText(/^backward/)
    .waitFor();
  await page.locator('[aria-current="step"]').waitFor();
  await page.locator('.react-flow__node[data-id="x1"]').click();
  const check = page.locator(".nudge-gradcheck");
  await check.getByLabel(/^Your ∂/).fill("-1.5");
  await check.getByRole("button", { name: "Check", exact: true }).click();
  assert.match(await check.innerText(), /finite difference[^\n]*\n?\s*−1\.5000/);
  assert.doesNotMatch(
    await check.innerText(),
    /Yours differs from the finite difference|Yours differs from backprop\.$/m,
  );
  await check.getByLabel(/^Your ∂/).fill("2");
  await check.getByRole("button", { name: "Check", exact: true }).click();
  assert.match(await check.innerText(), /✗ Yours differs/);
  await page.screenshot({ path: "e2e-artifacts/step-and-check.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("dark theme: the toggle switches the whole page and is remembered; Space plays and pauses", async () => {
  const { page, errors, close } = await openPage(env);
  await page.getByRole("button", { name: "Dark theme" }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await page.locator(".react-flow__pane").click({ position: { x: 10, y: 10 } });
  await page.keyboard.press("Space");
  await page.waitForFunction(
    () => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) > 200,
  );
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Play" }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: "e2e-artifacts/dark.png" });
  await page.reload();
  await page.locator(".react-flow__node").first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  assert.deepEqual(errors, []);
  await close();
});

test("regression and layer templates train without errors (a line through 1-D data; tfjs layers in the worker)", async () => {
  const { page, errors, close } = await openPage(env);
  for (const id of ["linear-regression", "moons-layers"]) {
    await openTemplate(page, id);
    await page.waitForFunction(
      () =>
        Number.isFinite(
          parseFloat(document.querySelector('output[aria-label="loss"]')?.textContent?.replace(/,/g, "") ?? ""),
        ),
      null,
      { timeout: 15_000 },
    );
    const before = parseFloat(await page.locator('output[aria-label="loss"]').innerText());
    await page.getByRole("button", { name: "Play" }).click();
    await page.waitForFunction(
      (b) => parseFloat(document.querySelector('output[aria-label="loss"]')?.textContent?.replace(/,/g, "") ?? "") < b,
      before,
      { timeout: 20_000 },
    );
    await page.waitForTimeout(1000);
    await pause(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `e2e-artifacts/${id}.png` });
  }
  assert.deepEqual(errors, []);
  await close();
});

test("hand-edit a weight and a bias in the inspector: the wire and the formula follow, the training is kept, Undo is one step", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "logistic-regression");
  const step = () => page.locator('output[aria-label="step"]').innerText();
  for (let i = 0; i < 5; i++) await page.getByRole("button", { name: "Step", exact: true }).click();
  await page.waitForFunction(() => document.querySelector('output[aria-label="step"]')?.textContent === "5");
  await page.locator('.react-flow__node[data-id="h1_1"]').click();
  const w = page.getByLabel("w from x1");
  const trained = await w.inputValue();
  await w.fill("2.5");
  await w.press("Enter");
  await page.getByTestId("edge-label-x1-h1_1-in").getByText("+2.50").waitFor();
  const b = page.getByLabel("Bias b");
  await b.fill("-0.75");
  await b.press("Enter");
  await page.locator('.react-flow__node[data-id="h1_1"]').hover();
  await page.mouse.move(5, 5);
  await page.locator('.react-flow__node[data-id="h1_1"]').hover();
  await page.waitForFunction(() => document.querySelector(".nn-tip")?.textContent?.includes("2.5·x1"));
  assert.match(await page.locator(".nn-tip").innerText(), /−0\.75/);
  await page.screenshot({ path: "e2e-artifacts/hand-edit.png" });
  await page.getByRole("button", { name: "Step", exact: true }).click();
  await page.waitForFunction(() => document.querySelector('output[aria-label="step"]')?.textContent === "6");
  assert.equal(await step(), "6", "the step count goes on from 5: the worker was not reloaded");
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByTestId("edge-label-x1-h1_1-in").getByText("+2.50").waitFor({ state: "detached" });
  for (let i = 0; i < 50 && (await w.inputValue()) !== trained; i++) await page.waitForTimeout(100);
  assert.equal(
    await w.inputValue(),
    trained,
    "two Undos (bias, weight) bring back the trained weight, not the initial one",
  );
  assert.equal(await step(), "6");
  assert.deepEqual(errors, []);
  await close();
});

test("click a point to follow it through the network; switch the dataset and train on it", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "xor");
  const x1 = () => page.locator('.react-flow__node[data-id="x1"]').innerHTML();
  const before = await x1();
  const plane = page.locator(".nn-boundary-wrap canvas");
  await plane.click({ position: { x: 20, y: 20 } });
  await page.locator(".nn-focus-ring").waitFor();
  await page.waitForFunction((b) => document.querySelector('.react-flow__node[data-id="x1"]')?.innerHTML !== b, before);
  await page.getByLabel("dataset").selectOption("circles");
  await page.waitForFunction(
    () =>
      document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "") === "0" &&
      Number.isFinite(
        parseFloat(document.querySelector('output[aria-label="loss"]')?.textContent?.replace(/,/g, "") ?? ""),
      ),
  );
  const start = parseFloat(await page.locator('output[aria-label="loss"]').innerText());
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    (s) => parseFloat(document.querySelector('output[aria-label="loss"]')?.textContent?.replace(/,/g, "") ?? "") < s,
    start,
  );
  await page.waitForTimeout(1000);
  await pause(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: "e2e-artifacts/circles.png" });
  assert.deepEqual(errors, []);
  await close();
});
