import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage, openTemplate, playTo, reloaded, stat, stepShown, trainTemplate, useEditor } from "./helpers.mjs";

const env = useEditor();

const STEPS = 40;

async function setLr(page, lr) {
  const field = page.getByLabel("learning rate", { exact: true });
  await field.fill(String(lr));
  await field.press("Enter");
}

const runItems = (page) => page.getByRole("list", { name: "Runs" }).locator("li");
const legendSeries = (page, title) =>
  page
    .locator(".nudge-chart-figure", { has: page.getByRole("img", { name: title }) })
    .locator(".nudge-chart__series")
    .evaluateAll((els) => els.map((e) => e.dataset.series));

test("two runs with different learning rates overlay with a legend; restoring one sets its rate; a reload keeps them and the current curve", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "moons-mlp");
  await setLr(page, 0.1);
  await playTo(page, STEPS);
  await page.getByRole("button", { name: "Reset" }).click();
  await page.waitForFunction(() => document.querySelector('output[aria-label="step"]')?.textContent === "0");
  await setLr(page, 0.5);
  await playTo(page, STEPS);

  await assert.doesNotReject(runItems(page).nth(1).waitFor());
  assert.equal(await runItems(page).count(), 2);
  const names = await page
    .getByRole("textbox", { name: "Run name" })
    .evaluateAll((els) => els.map((e) => e.placeholder));
  assert.deepEqual(names, ["lr 0.5 · batch all", "lr 0.1 · batch all"]);

  await page.getByRole("checkbox", { name: "Overlay lr 0.1 · batch all" }).check();
  await page.getByRole("checkbox", { name: "Overlay lr 0.5 · batch all" }).check();
  assert.match(await page.getByTestId("runs-legend").innerText(), /lr 0\.1 vs 0\.5/);
  assert.deepEqual(await legendSeries(page, "Loss"), ["lr 0.1", "lr 0.5"]);
  assert.deepEqual(await legendSeries(page, "Accuracy"), ["lr 0.1", "lr 0.5"]);
  await page.locator(".nn-charts").screenshot({ path: "e2e-artifacts/runs-overlay.png" });
  await page.locator(".nn-runs").screenshot({ path: "e2e-artifacts/runs-panel.png" });

  await runItems(page).nth(1).getByRole("button", { name: "Restore settings" }).click();
  assert.equal(await page.getByLabel("learning rate", { exact: true }).inputValue(), "0.1");
  await page.getByRole("button", { name: "Undo" }).click();
  assert.equal(await page.getByLabel("learning rate", { exact: true }).inputValue(), "0.5");

  const step = await stepShown(page);
  const loss = await stat(page, "loss");
  await page.waitForTimeout(800);
  await reloaded(page);
  await page.waitForFunction(
    (n) => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) === n,
    step,
  );
  assert.equal(await runItems(page).count(), 2);
  await page.locator('.nudge-chart__series[data-series="train loss"]').waitFor();
  const shownLoss = Number(
    (await page.locator('.nudge-chart__series[data-series="train loss"] .nudge-chart__value').innerText()).replace(
      "\u2212",
      "-",
    ),
  );
  assert.ok(Math.abs(shownLoss - loss) <= 1e-3 * Math.max(1, loss), `curve ends at ${shownLoss}, loss was ${loss}`);
  const points = await page.evaluate(() => document.querySelectorAll(".nn-chart-empty").length);
  assert.equal(points, 0);
  await page.locator(".nn-charts").screenshot({ path: "e2e-artifacts/runs-reloaded.png" });
  await page.getByRole("checkbox", { name: "Overlay lr 0.1 · batch all" }).check();
  await page.getByRole("checkbox", { name: "Overlay lr 0.5 · batch all" }).check();
  assert.match(await page.getByTestId("runs-legend").innerText(), /lr 0\.1 vs 0\.5/);

  await playTo(page, step + 10);
  assert.equal(await runItems(page).count(), 2, "continuing after a reload is the same run");
  assert.deepEqual(errors, []);
  await close();
});

async function exported(page) {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  return JSON.parse(await readFile(await (await download).path(), "utf8"));
}

test("exported files carry the runs unless unticked, share links never do, and a file's bad runs are left out with a message", async () => {
  const { page, errors, close } = await openPage(env);
  await trainTemplate(page, "moons-mlp", 30);
  const file = await exported(page);
  assert.equal(file.runs.length, 1);
  assert.equal(file.trained.runId, file.runs[0].id);
  assert.ok(file.runs[0].curve.step.length > 2);
  await page.getByRole("checkbox", { name: /Include the runs in exported files/ }).uncheck();
  assert.equal((await exported(page)).runs, undefined);

  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = await page.getByLabel("Share link").inputValue();
  assert.ok(link.length < 12_000, `a share link stays small (${link.length} characters)`);
  const other = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const linked = await other.newPage();
  await linked.goto(link);
  await linked.locator('[data-settled="true"]').waitFor();
  await linked.getByText("compare training runs").waitFor();
  assert.equal(await runItems(linked).count(), 0);

  const bad = { ...file, title: "bad runs", runs: [{ ...file.runs[0], curve: { step: [3, 2, 1], loss: [1, 2, 3] } }] };
  await linked.getByTestId("import-file").setInputFiles({
    name: "bad-runs.nudge.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await linked.getByText(/Its saved runs were left out: .*steps must increase/).waitFor();
  assert.equal(await linked.getByLabel("Graph title").inputValue(), "bad runs");
  await linked.getByTestId("import-file").setInputFiles({
    name: "runs.nudge.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await runItems(linked).first().waitFor();
  assert.equal(await runItems(linked).count(), 1);
  await other.close();
  assert.deepEqual(errors, []);
  await close();
});
