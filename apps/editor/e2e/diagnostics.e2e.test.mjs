import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, openTemplate, pause, useEditor } from "./helpers.mjs";

const env = useEditor();

const firstLoss = async (page) => {
  const text = await page.getByTestId("initial-loss").innerText();
  const match = /first loss ([\d.]+)/.exec(text);
  assert.ok(match, `a first loss on screen: ${text}`);
  return Number(match[1]);
};

test("BatchNorm template: the four diagnostics appear and move while training; the last layer's Init changes the first loss", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "moons-batchnorm");
  await page
    .getByTestId("initial-loss")
    .getByText(/uniform guess −ln\(1\/2\) = 0\.6931/)
    .waitFor();
  // a good init starts within 0.1 of ln 2 (the worker's first snapshot of this graph)
  await page.waitForFunction(
    () => {
      const m = /first loss ([\d.]+)/.exec(document.querySelector('[data-testid="initial-loss"]')?.textContent ?? "");
      return m && Math.abs(Number(m[1]) - Math.LN2) < 0.1;
    },
    null,
    { timeout: 20_000 },
  );
  const good = await firstLoss(page);

  await page.getByRole("button", { name: "Play" }).click();
  await page.locator(".nn-layers summary", { hasText: "Diagnostics" }).click();
  for (const id of ["diag-activations", "diag-gradients", "diag-grad-data", "diag-update-data"])
    await page.getByTestId(id).waitFor();
  const panel = page.locator(".nn-diagnostics");
  await page.getByTestId("diag-update-data").locator("canvas").first().waitFor({ timeout: 20_000 });
  const before = { step: await panel.getAttribute("data-step"), text: await panel.innerText() };
  assert.match(before.text, /saturated: \|t\| > 0\.97/);
  assert.match(before.text, /dashed: ±0\.97/);
  assert.match(before.text, /t1 \(tanh\) · mean [−-]?\d\.\d\d, std \d\.\d\d, saturated \d+\.\d%/);
  // The panel redraws at most 4 times a second from diagnostics taken every 10th step: wait for its text to change.
  await page.waitForFunction(
    (text) => (document.querySelector(".nn-diagnostics")?.innerText ?? text) !== text,
    before.text,
    { timeout: 20_000 },
  );
  const after = await panel.innerText();
  assert.notEqual(after, before.text, "the diagnostics move while training");
  assert.notEqual(await panel.getAttribute("data-step"), before.step);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "e2e-artifacts/diagnostics-batchnorm.png", fullPage: true });
  await pause(page);

  await page.getByTestId("node-out").click();
  await page.getByLabel("Init").selectOption("1");
  await page.getByTestId("help-init").getByText("W ~ N(0, 1)").waitFor();
  await page.getByRole("button", { name: "Reset" }).click();
  await page.waitForFunction(
    (g) => {
      const m = /first loss ([\d.]+)/.exec(document.querySelector('[data-testid="initial-loss"]')?.textContent ?? "");
      return m && Math.abs(Number(m[1]) - g) > 0.05;
    },
    good,
    { timeout: 20_000 },
  );
  const bad = await firstLoss(page);
  console.log(`first loss: good init ${good}, last layer init scale 1 ${bad}`);
  await page.screenshot({ path: "e2e-artifacts/diagnostics-init-scale-1.png" });
  assert.deepEqual(errors, []);
  await close();
});
